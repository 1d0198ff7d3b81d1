// The command registry: the newest handler answers, unregistering restores the previous one, failures are reported, not thrown.
import { describe, expect, it, vi } from 'vitest';
import { createCommandRegistry } from '../../../../renderer/src/app/commands/registry';

describe('createCommandRegistry', () => {
  it('runs nothing and says so when no view handles the command', () => {
    const registry = createCommandRegistry();
    expect(registry.run({ id: 'export' })).toBe(false);
    expect(registry.has('export')).toBe(false);
  });

  it('lets the open reader answer over the app’s fallback, and gives it back on unmount', () => {
    const registry = createCommandRegistry();
    const fallback = vi.fn();
    const reader = vi.fn();
    registry.register('undo', fallback);
    const unregister = registry.register('undo', reader);
    expect(registry.run({ id: 'undo' })).toBe(true);
    expect(reader).toHaveBeenCalledTimes(1);
    expect(fallback).not.toHaveBeenCalled();
    unregister();
    registry.run({ id: 'undo' });
    expect(fallback).toHaveBeenCalledTimes(1);
  });

  it('hands the handler the command, tag id included', () => {
    const registry = createCommandRegistry();
    const onTag = vi.fn();
    registry.register('tag', onTag);
    registry.run({ id: 'tag', tagId: 'tag-three-year-limit' });
    expect(onTag).toHaveBeenCalledExactlyOnceWith({ id: 'tag', tagId: 'tag-three-year-limit' });
  });

  it('reports a handler that throws or rejects instead of letting it escape', async () => {
    const onError = vi.fn();
    const registry = createCommandRegistry(onError);
    registry.register('import', () => {
      throw new Error('sync');
    });
    registry.register('export', async () => {
      throw new Error('async');
    });
    expect(() => registry.run({ id: 'import' })).not.toThrow();
    registry.run({ id: 'export' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(onError.mock.calls.map(([error]) => (error as Error).message)).toEqual(['sync', 'async']);
  });

  it('unregistering twice or the wrong handler leaves the others alone', () => {
    const registry = createCommandRegistry();
    const first = vi.fn();
    const unregister = registry.register('find', first);
    const other = registry.register('find', vi.fn());
    other();
    other();
    expect(registry.has('find')).toBe(true);
    unregister();
    expect(registry.has('find')).toBe(false);
  });
});

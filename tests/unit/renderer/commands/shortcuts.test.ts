// The web edition's shortcuts: the same keys as the native menu, Ctrl on Windows and Linux, Cmd on macOS.
import { describe, expect, it } from 'vitest';
import { displayKeys, SHORTCUTS, webShortcutCommand } from '../../../../renderer/src/app/commands/shortcuts';
import { buildMenuTemplate } from '../../../../electron/menu';
import { vi } from 'vitest';

vi.mock('electron', async () => (await import('../../electron/fakeElectron')).fake);

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('webShortcutCommand', () => {
  it('maps Ctrl (Cmd on macOS) shortcuts to commands', () => {
    expect(webShortcutCommand(key('C', { ctrlKey: true, shiftKey: true }), false)).toEqual({ id: 'copyWithCitation' });
    expect(webShortcutCommand(key('c', { metaKey: true, shiftKey: true }), true)).toEqual({ id: 'copyWithCitation' });
    expect(webShortcutCommand(key('f', { ctrlKey: true }), false)).toEqual({ id: 'find' });
    expect(webShortcutCommand(key('/', { ctrlKey: true }), false)).toEqual({ id: 'showShortcuts' });
    expect(webShortcutCommand(key('/', { ctrlKey: true, shiftKey: true }), false)).toEqual({ id: 'showShortcuts' });
    expect(webShortcutCommand(key('D', { ctrlKey: true, shiftKey: true }), false)).toEqual({ id: 'toggleDarkMode' });
  });

  it('ignores plain copy, bare keys, Alt combinations and the other platform’s modifier', () => {
    expect(webShortcutCommand(key('c', { ctrlKey: true }), false)).toBeNull();
    expect(webShortcutCommand(key('f'), false)).toBeNull();
    expect(webShortcutCommand(key('f', { ctrlKey: true, altKey: true }), false)).toBeNull();
    expect(webShortcutCommand(key('f', { metaKey: true }), false)).toBeNull();
    expect(webShortcutCommand(key('f', { ctrlKey: true }), true)).toBeNull();
    // Ctrl+1 belongs to the browser's tabs.
    expect(webShortcutCommand(key('1', { ctrlKey: true }), false)).toBeNull();
  });

  it('shows the keys as the keyboard names them', () => {
    expect(displayKeys('Mod+Shift+C', false)).toBe('Ctrl+Shift+C');
    expect(displayKeys('Mod+Shift+C', true)).toBe('⌘+Shift+C');
  });

  it('lists the same accelerators as the native menu', () => {
    const template = buildMenuTemplate(
      { isPackaged: true, isMac: false, recent: [], state: { lang: 'en', darkMode: false, documentOpen: true, readerAvailable: true, tags: [] } },
      { command: () => undefined, openDataFolder: () => undefined, openRecent: () => undefined, clearRecent: () => undefined },
    );
    const accelerators = new Set(
      template.flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : [])).flatMap((item) => (typeof item.accelerator === 'string' ? [item.accelerator] : [])),
    );
    const normalise = (keys: string) => keys.split('+').filter((part) => part !== 'Shift' && part !== 'Mod' && part !== 'CmdOrCtrl').join('+') + (keys.includes('Shift') ? '+S' : '');
    const menuKeys = new Set([...accelerators].map(normalise));
    for (const shortcut of SHORTCUTS.filter((s) => s.web)) expect(menuKeys.has(normalise(shortcut.keys)), shortcut.keys).toBe(true);
  });
});

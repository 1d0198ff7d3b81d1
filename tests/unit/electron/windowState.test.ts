// Window size, position and maximised state: validated when read, kept on today's displays, saved on close.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { FakeBrowserWindow } from './fakeElectron';
import {
  DEFAULT_WINDOW_STATE,
  fitToDisplays,
  loadWindowState,
  parseWindowState,
  trackWindowState,
} from '../../../electron/windowState';
import { createMainWindow } from '../../../electron/window';

vi.mock('electron', async () => (await import('./fakeElectron')).fake);

const LAPTOP = { x: 0, y: 0, width: 1440, height: 860 };
const RIGHT_MONITOR = { x: 1440, y: 0, width: 2560, height: 1400 };

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'glose-window-'));
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  FakeBrowserWindow.instances.length = 0;
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

describe('parseWindowState', () => {
  it('accepts a complete state, with or without a position', () => {
    expect(parseWindowState({ x: 10, y: -20, width: 1200, height: 800, maximized: true })).toEqual({ x: 10, y: -20, width: 1200, height: 800, maximized: true });
    expect(parseWindowState({ width: 1200, height: 800, maximized: false })).toEqual({ width: 1200, height: 800, maximized: false });
  });

  it.each([
    null,
    'big',
    [],
    { width: 1200, height: 800 },
    { width: '1200', height: 800, maximized: false },
    { width: 0, height: 800, maximized: false },
    { width: 1200.5, height: 800, maximized: false },
    { width: 1e9, height: 800, maximized: false },
    { x: 10, width: 1200, height: 800, maximized: false },
    { x: Number.NaN, y: 0, width: 1200, height: 800, maximized: false },
    { x: 10, y: 10, width: 1200, height: 800, maximized: 'yes' },
  ])('refuses %j', (value) => {
    expect(parseWindowState(value)).toBeNull();
  });
});

describe('fitToDisplays', () => {
  it('keeps a window that is on a display as it was', () => {
    const state = { x: 1600, y: 100, width: 1600, height: 1000, maximized: false };
    expect(fitToDisplays(state, [LAPTOP, RIGHT_MONITOR])).toEqual(state);
  });

  it('forgets the position of a window left on a monitor that was unplugged, and shrinks it to fit', () => {
    const state = { x: 1600, y: 100, width: 2000, height: 1200, maximized: true };
    expect(fitToDisplays(state, [LAPTOP])).toEqual({ width: 1440, height: 860, maximized: true });
  });

  it('pulls back a window that hangs off the edge of its display', () => {
    expect(fitToDisplays({ x: 1000, y: 600, width: 800, height: 600, maximized: false }, [LAPTOP])).toEqual({
      x: 640,
      y: 260,
      width: 800,
      height: 600,
      maximized: false,
    });
  });

  it('treats a sliver of a few pixels on screen as off screen', () => {
    expect(fitToDisplays({ x: 1430, y: 0, width: 800, height: 600, maximized: false }, [LAPTOP])).toEqual({ width: 800, height: 600, maximized: false });
  });

  it('never goes below the minimum size, nor above a small display', () => {
    expect(fitToDisplays({ width: 100, height: 100, maximized: false }, [LAPTOP])).toEqual({ width: 720, height: 480, maximized: false });
    expect(fitToDisplays({ width: 1280, height: 860, maximized: false }, [{ x: 0, y: 0, width: 640, height: 400 }])).toEqual({ width: 640, height: 400, maximized: false });
  });
});

describe('loadWindowState', () => {
  it('uses the default when there is no file, and says nothing', () => {
    expect(loadWindowState(path.join(dir, 'none.json'), [RIGHT_MONITOR])).toEqual(DEFAULT_WINDOW_STATE);
    expect(console.warn).not.toHaveBeenCalled();
  });

  it('uses the default, with a log line, for a corrupt or invalid file', async () => {
    const file = path.join(dir, 'window-state.json');
    for (const content of ['{"width": 12', '{"width": -5, "height": 800, "maximized": false}']) {
      await writeFile(file, content);
      expect(loadWindowState(file, [RIGHT_MONITOR])).toEqual(DEFAULT_WINDOW_STATE);
    }
    expect(console.warn).toHaveBeenCalledTimes(2);
  });

  it('reads a saved state and fits it to the displays', async () => {
    const file = path.join(dir, 'window-state.json');
    await writeFile(file, JSON.stringify({ x: 3000, y: 50, width: 1000, height: 700, maximized: false }));
    expect(loadWindowState(file, [LAPTOP, RIGHT_MONITOR])).toEqual({ x: 3000, y: 50, width: 1000, height: 700, maximized: false });
  });
});

describe('the main window and its state', () => {
  it('opens at the saved bounds, maximised before it is shown, and saves its normal bounds on close', async () => {
    const file = path.join(dir, 'window-state.json');
    createMainWindow({ preloadPath: '/p.cjs', url: 'app://glose/index.html', state: { x: 40, y: 30, width: 1000, height: 700, maximized: true } });
    const window = FakeBrowserWindow.instances[0]!;
    expect(window.options).toMatchObject({ x: 40, y: 30, width: 1000, height: 700, minWidth: 720, minHeight: 480 });
    window.emit('ready-to-show');
    expect(window.maximize.mock.invocationCallOrder[0]).toBeLessThan(window.show.mock.invocationCallOrder[0]!);

    trackWindowState(window as unknown as BrowserWindow, file);
    window.isMaximized.mockReturnValue(true);
    window.emit('close');
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
  });

  it('lets the system centre a window with no saved position', () => {
    createMainWindow({ preloadPath: '/p.cjs', url: 'app://glose/index.html' });
    const window = FakeBrowserWindow.instances[0]!;
    expect(window.options).toMatchObject({ width: 1280, height: 860 });
    expect(window.options).not.toHaveProperty('x');
    window.emit('ready-to-show');
    expect(window.maximize).not.toHaveBeenCalled();
  });
});

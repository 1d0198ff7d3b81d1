// The main window's webPreferences and its guards against popups, navigation and webviews.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { FakeBrowserWindow, FakeWebContents } from './fakeElectron';
import { createMainWindow, hardenWebContents } from '../../../electron/window';

vi.mock('electron', async () => (await import('./fakeElectron')).fake);

beforeEach(() => {
  FakeBrowserWindow.instances.length = 0;
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

function open(): FakeBrowserWindow {
  createMainWindow({ preloadPath: '/opt/glose/dist/electron/preload.cjs', url: 'app://glose/index.html' });
  expect(FakeBrowserWindow.instances).toHaveLength(1);
  return FakeBrowserWindow.instances[0]!;
}

/** Emits a navigation-type event and reports whether the app prevented it. */
function prevented(contents: FakeWebContents, event: string, url: string): boolean {
  const preventDefault = vi.fn();
  expect(contents.emit(event, { url, preventDefault }, url), `${event} has a listener`).toBeGreaterThan(0);
  return preventDefault.mock.calls.length > 0;
}

describe('createMainWindow', () => {
  it('locks the renderer down in webPreferences', () => {
    const window = open();
    expect(window.options.title).toBe('Glose');
    expect(window.options.webPreferences).toMatchObject({
      preload: '/opt/glose/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
  });

  it('loads the app page and shows the window only when it is ready', () => {
    const window = open();
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith('app://glose/index.html');
    expect(window.options.show).toBe(false);
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
  });

  it('hardens the window’s own web contents', () => {
    const window = open();
    expect(window.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(prevented(window.webContents, 'will-navigate', 'https://example.com/')).toBe(true);
  });
});

describe('hardenWebContents', () => {
  function hardened(): FakeWebContents {
    const contents = new FakeWebContents();
    hardenWebContents(contents as unknown as WebContents);
    return contents;
  }

  it('denies window.open, whatever the URL', () => {
    const contents = hardened();
    for (const url of ['https://example.com/', 'app://glose/index.html', 'about:blank']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: foreign URLs are prevented, app://glose/ is allowed', (event) => {
    const contents = hardened();
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:5173/',
      'file:///etc/passwd',
      'app://glose.evil.com/index.html',
      'app://evil/index.html',
      'app://glose@evil/index.html',
      'javascript:alert(1)',
    ]) {
      expect(prevented(contents, event, url), url).toBe(true);
    }
    for (const url of ['app://glose/index.html', 'app://glose/index.html#/reader/42']) {
      expect(prevented(contents, event, url), url).toBe(false);
    }
  });

  it('prevents attaching a webview', () => {
    const contents = hardened();
    const preventDefault = vi.fn();
    expect(contents.emit('will-attach-webview', { preventDefault }, {}, {})).toBe(1);
    expect(preventDefault).toHaveBeenCalledTimes(1);
  });
});

// Creates the main window, locked down: sandboxed renderer, no popups, no navigation away, no webviews.
import { BrowserWindow, type WebContents } from 'electron';
import { isAppUrl } from './origin';
import { DEFAULT_WINDOW_STATE, MIN_WINDOW_SIZE, type WindowState } from './windowState';

export interface MainWindowOptions {
  /** Absolute path of dist/electron/preload.cjs. */
  preloadPath: string;
  /** The page to load: app://glose/index.html. */
  url: string;
  /** Saved size, position and maximised state, already validated and fitted to the displays. */
  state?: WindowState;
}

/**
 * Every way a page can leave app://glose/ is closed here: the renderer shows imported
 * documents, and a link inside one must never turn the window into a browser.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    console.warn(`[glose] denied window.open: ${url}`);
    return { action: 'deny' };
  });

  const stayOnApp = (event: { url: string; preventDefault: () => void }): void => {
    if (isAppUrl(event.url)) return;
    console.warn(`[glose] blocked navigation to ${event.url}`);
    event.preventDefault();
  };
  contents.on('will-navigate', stayOnApp);
  contents.on('will-frame-navigate', stayOnApp);
  contents.on('will-redirect', stayOnApp);

  contents.on('will-attach-webview', (event) => {
    console.warn('[glose] blocked a <webview>');
    event.preventDefault();
  });
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const state = options.state ?? DEFAULT_WINDOW_STATE;
  const window = new BrowserWindow({
    title: 'Glose',
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    // Shown on ready-to-show, so the user never sees an empty white frame.
    show: false,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      // Chromium's spellchecker fetches its dictionaries from Google on Windows and Linux.
      spellcheck: false,
    },
  });

  hardenWebContents(window.webContents);
  window.once('ready-to-show', () => {
    // Maximise before showing, so the window does not visibly jump from its normal size.
    if (state.maximized) window.maximize();
    window.show();
  });
  window.loadURL(options.url).catch((error: unknown) => {
    console.error('[glose] the window could not load the app', error);
  });
  return window;
}

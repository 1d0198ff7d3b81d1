// Main-process entry: one instance, the app:// scheme, the session lock, IPC, the menu and the window.
import { app, BrowserWindow, protocol, session } from 'electron';
import path from 'node:path';
import { registerIpcHandlers } from './ipc';
import { setApplicationMenu } from './menu';
import { APP_ENTRY_URL, APP_SCHEME } from './origin';
import { defaultRendererDir, registerAppProtocol } from './protocol';
import { applySessionSecurity } from './security';
import { createMainWindow } from './window';

// A test (or a second profile) can point Glose at another data folder. It must be set before the
// single-instance lock, which lives in that folder, and before anything opens IndexedDB.
const userDataOverride = process.env.GLOSE_USER_DATA_DIR;
if (userDataOverride) app.setPath('userData', userDataOverride);

// Every renderer sandboxed, even one created by mistake without the window's webPreferences.
app.enableSandbox();

// Before `ready`, or Chromium treats app:// as an opaque, non-secure scheme: no IndexedDB,
// no fetch, no relative URLs. The origin (and so the library) depends on this registration.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let mainWindow: BrowserWindow | null = null;

function openMainWindow(): void {
  // main.cjs and preload.cjs are bundled side by side into dist/electron/.
  mainWindow = createMainWindow({ preloadPath: path.join(__dirname, 'preload.cjs'), url: APP_ENTRY_URL });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function start(): void {
  registerAppProtocol(defaultRendererDir(__dirname));
  applySessionSecurity(session.defaultSession);
  registerIpcHandlers();
  setApplicationMenu();
  openMainWindow();
}

// Two instances would share one IndexedDB and fight over it; the second hands over to the first.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('[glose] could not start', error);
      app.exit(1);
    });
}

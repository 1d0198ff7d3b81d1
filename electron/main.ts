// Main-process entry: one instance, the app:// scheme, the session lock, IPC, the menu, the window, files from the OS.
import { app, BrowserWindow, dialog, protocol, screen, session, shell } from 'electron';
import path from 'node:path';
import { translate } from '../shared/i18n';
import { IPC_EVENTS, type MenuCommand } from '../shared/ipc';
import { BACKUPS_FOLDER, QuitBackup, runAutoBackup } from './autoBackup';
import { registerIpcHandlers } from './ipc';
import { currentLang, refreshMenu, setApplicationMenu } from './menu';
import { APP_ENTRY_URL, APP_SCHEME } from './origin';
import { defaultRendererDir, registerAppProtocol } from './protocol';
import { RECENT_FILE, RecentDocuments } from './recentDocuments';
import { applySessionSecurity } from './security';
import { filePathsFromArgv, SystemFileInbox } from './systemFiles';
import { createMainWindow } from './window';
import { fileSaveFolder, SAVE_FOLDER_FILE } from './saveFolder';
import { loadWindowState, trackWindowState, WINDOW_STATE_FILE } from './windowState';

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
let recent: RecentDocuments | null = null;
// Each path the OS hands over joins the recent list, with the library document it became, so opening it again opens that document.
const inbox = new SystemFileInbox({
  onRead: (filePath) => recent?.add(filePath),
  documentFor: (filePath) => recent?.documentFor(filePath),
  onImported: (filePath, docId) => recent?.remember(filePath, docId),
});
// Before Glose quits or its window closes, the renderer writes the automatic backup (with a time limit).
const quitBackup = new QuitBackup(() => runAutoBackup(mainWindow?.webContents ?? null, userDataFile(BACKUPS_FOLDER), new Date()));

function userDataFile(name: string): string {
  return path.join(app.getPath('userData'), name);
}

/** Work areas of every display, the primary first: a saved position is fitted to them. */
function workAreas(): Electron.Rectangle[] {
  const primary = screen.getPrimaryDisplay();
  return [primary, ...screen.getAllDisplays().filter((display) => display.id !== primary.id)].map((display) => display.workArea);
}

function openMainWindow(): void {
  const stateFile = userDataFile(WINDOW_STATE_FILE);
  // main.cjs and preload.cjs are bundled side by side into dist/electron/.
  const window = createMainWindow({
    preloadPath: path.join(__dirname, 'preload.cjs'),
    url: APP_ENTRY_URL,
    state: loadWindowState(stateFile, workAreas()),
  });
  mainWindow = window;
  quitBackup.rearm();
  window.on('close', (event) => quitBackup.intercept(event, () => window.close()));
  trackWindowState(window, stateFile);
  const contents = window.webContents;
  // A reload drops the page's listener; files wait until it says it listens again.
  contents.on('did-start-loading', () => inbox.forget(contents));
  window.on('closed', () => {
    inbox.forget(contents);
    if (mainWindow === window) mainWindow = null;
  });
}

function showMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function sendMenuCommand(command: MenuCommand): void {
  const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
  target?.webContents.send(IPC_EVENTS.menuCommand, command);
}

async function openDataFolder(): Promise<void> {
  // shell.openPath reports failure as a message, not a rejection.
  const failure = await shell.openPath(app.getPath('userData'));
  if (failure) dialog.showErrorBox('Glose', translate(currentLang(), 'menu.dataFolderError', { detail: failure }));
}

function start(): void {
  registerAppProtocol(defaultRendererDir(__dirname));
  applySessionSecurity(session.defaultSession);
  recent = new RecentDocuments(userDataFile(RECENT_FILE), refreshMenu);
  registerIpcHandlers({ inbox, onFileOpened: (filePath) => recent?.add(filePath), saveFolder: fileSaveFolder(userDataFile(SAVE_FOLDER_FILE)) });
  app.setAboutPanelOptions({
    applicationName: 'Glose',
    applicationVersion: app.getVersion(),
    copyright: 'Glose — offline legal-argument annotation',
  });
  setApplicationMenu(
    {
      command: sendMenuCommand,
      openDataFolder: () => void openDataFolder(),
      openRecent: (filePath) => void inbox.open([filePath]),
      clearRecent: () => recent?.clear(),
    },
    () => recent?.entries() ?? [],
  );
  openMainWindow();
}

// Two instances would share one IndexedDB and fight over it; the second hands its files to the first.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // macOS: Finder's "Open with" and double-clicks, possibly before ready; the inbox holds them.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    void inbox.open([filePath]);
    if (app.isReady() && !mainWindow) openMainWindow();
  });

  app.on('second-instance', (_event, argv, workingDirectory) => {
    // Typed by Electron, but it comes from another process's command line: checked all the same.
    if (Array.isArray(argv) && typeof workingDirectory === 'string') {
      void inbox.open(filePathsFromArgv(argv, { isPackaged: app.isPackaged, cwd: workingDirectory }));
    }
    showMainWindow();
  });

  app.on('before-quit', (event) => quitBackup.intercept(event, () => app.quit()));

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });

  void inbox.open(filePathsFromArgv(process.argv, { isPackaged: app.isPackaged, cwd: process.cwd() }));

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('[glose] could not start', error);
      app.exit(1);
    });
}

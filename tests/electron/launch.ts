// Starting Glose for the Electron suite: a fresh data folder per test, kept across a restart when asked.
import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test';
import path from 'node:path';
import { findElectronBinary, repoRoot } from '../../scripts/electron-path.mjs';

// The same path require('electron') returns, minus its download attempt when the binary is missing.
export const executablePath = findElectronBinary();
export const SKIP_REASON = 'The Electron binary is not installed; `npm run test:electron` explains.';

export interface Running {
  app: ElectronApplication;
  page: Page;
}

/** Launches the built app on `userData`; `files` are passed on the command line, as "Open with" does. */
export async function launchGlose(userData: string, files: string[] = []): Promise<Running> {
  const app = await electron.launch({
    executablePath: executablePath ?? undefined,
    args: [repoRoot, ...files],
    // English for a predictable menu until the page says otherwise; a data folder of the test's own.
    env: { ...process.env, GLOSE_USER_DATA_DIR: path.join(userData), LANG: 'en_US.UTF-8', LANGUAGE: 'en' },
  });
  const page = await app.firstWindow();
  return { app, page };
}

/** Replaces the main process's native dialogs, which Playwright cannot click. */
export async function stubDialogs(app: ElectronApplication, stub: { open?: string[]; save?: string; confirm?: number }): Promise<void> {
  await app.evaluate(({ dialog }, s) => {
    if (s.open) dialog.showOpenDialog = async () => ({ canceled: false, filePaths: s.open ?? [] });
    if (s.save) dialog.showSaveDialog = async () => ({ canceled: false, filePath: s.save ?? '' });
    if (s.confirm !== undefined) dialog.showMessageBox = async () => ({ response: s.confirm ?? 1, checkboxChecked: false });
  }, stub);
}

/** Clicks a native menu item by id, as the user would from the menu bar. */
export async function clickMenuItem(app: ElectronApplication, id: string): Promise<void> {
  const found = await app.evaluate(({ Menu, BrowserWindow }, itemId) => {
    const item = Menu.getApplicationMenu()?.getMenuItemById(itemId);
    if (!item || !item.enabled) return false;
    const window = BrowserWindow.getAllWindows()[0];
    item.click(undefined, window, window?.webContents);
    return true;
  }, id);
  if (!found) throw new Error(`No enabled menu item "${id}".`);
}

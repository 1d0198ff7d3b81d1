// Smoke test of the packaged shape: the built app starts, exposes its bridge, and imports a file end to end.
import { test, expect, _electron as electron, type ElectronApplication } from '@playwright/test';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { findElectronBinary, repoRoot } from '../../scripts/electron-path.mjs';

// The same path require('electron') returns, minus its download attempt when the binary is missing.
const executablePath = findElectronBinary();

const TITLE = 'Smoke test ruling';

let app: ElectronApplication | undefined;
let tempDir: string;

function running(): ElectronApplication {
  if (!app) throw new Error('Glose did not start.');
  return app;
}

test.skip(!executablePath, 'The Electron binary is not installed; `npm run test:electron` explains.');

test.beforeEach(async () => {
  tempDir = await mkdtemp(path.join(os.tmpdir(), 'glose-electron-'));
  app = await electron.launch({
    executablePath: executablePath ?? undefined,
    args: [repoRoot],
    // A fresh data folder: an empty library, and no clash with a Glose the developer has open.
    env: { ...process.env, GLOSE_USER_DATA_DIR: path.join(tempDir, 'user-data') },
  });
});

test.afterEach(async () => {
  await app?.close();
  app = undefined;
  await rm(tempDir, { recursive: true, force: true });
});

test('the window is titled Glose and exposes the Electron bridge', async () => {
  const page = await running().firstWindow();
  await expect(page).toHaveTitle('Glose');
  const windowTitle = await running().evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle());
  expect(windowTitle).toBe('Glose');
  const bridge = await page.evaluate(() => {
    const glose = (window as unknown as { glose?: { host?: unknown; openFiles?: unknown; saveFile?: unknown } }).glose;
    return glose ? { host: glose.host, openFiles: typeof glose.openFiles, saveFile: typeof glose.saveFile } : null;
  });
  expect(bridge).toEqual({ host: 'electron', openFiles: 'function', saveFile: 'function' });
});

test('a text file picked in the native dialog lands in the library', async () => {
  const fixture = path.join(tempDir, `${TITLE}.txt`);
  await writeFile(fixture, `${TITLE}\n\n1. The court holds that the transfer was unlawful.\n`, 'utf8');
  // The native dialog cannot be clicked by Playwright; the main process's dialog is replaced instead.
  await running().evaluate(({ dialog }, filePath) => {
    dialog.showOpenDialog = async () => ({ canceled: false, filePaths: [filePath] });
  }, fixture);

  const page = await running().firstWindow();
  await page.getByRole('button', { name: /Import files|Importer des fichiers/ }).click();

  const entry = page
    .getByRole('link', { name: new RegExp(TITLE) })
    .or(page.getByRole('button', { name: new RegExp(TITLE) }))
    .or(page.getByRole('cell', { name: new RegExp(TITLE) }));
  await expect(entry.first()).toBeVisible();
});

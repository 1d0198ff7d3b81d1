// Smoke test of the packaged shape: the built app starts, exposes its bridge, and imports a file end to end.
import { test, expect, type ElectronApplication } from '@playwright/test';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { executablePath, launchGlose, SKIP_REASON, stubDialogs } from './launch';

const TITLE = 'Smoke test ruling';

let app: ElectronApplication | undefined;
let tempDir: string;

function running(): ElectronApplication {
  if (!app) throw new Error('Glose did not start.');
  return app;
}

test.skip(!executablePath, SKIP_REASON);

test.beforeEach(async () => {
  tempDir = await mkdtemp(path.join(os.tmpdir(), 'glose-electron-'));
  // A fresh data folder: an empty library, and no clash with a Glose the developer has open.
  ({ app } = await launchGlose(path.join(tempDir, 'user-data')));
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
    const glose = (window as unknown as { glose?: Record<string, unknown> }).glose;
    return glose ? Object.fromEntries(Object.entries(glose).map(([key, value]) => [key, typeof value === 'function' ? 'function' : value])) : null;
  });
  expect(bridge).toEqual({
    host: 'electron',
    openFiles: 'function',
    saveFile: 'function',
    onMenuCommand: 'function',
    onSystemFiles: 'function',
    updateMenu: 'function',
    openExternal: 'function',
    writeClipboard: 'function',
  });
});

test('a text file picked in the native dialog lands in the library', async () => {
  const fixture = path.join(tempDir, `${TITLE}.txt`);
  await writeFile(fixture, `${TITLE}\n\n1. The court holds that the transfer was unlawful.\n`, 'utf8');
  // The native dialog cannot be clicked by Playwright; the main process's dialog is replaced instead.
  await stubDialogs(running(), { open: [fixture] });

  const page = await running().firstWindow();
  await page.getByRole('button', { name: /Import files|Importer des fichiers/ }).click();
  await expect(page.getByRole('link', { name: new RegExp(TITLE) })).toBeVisible();
  // Added to the OS's recent documents and to File › Recent documents.
  const recent = await running().evaluate(({ Menu }) =>
    Menu.getApplicationMenu()?.items.flatMap((menu) => menu.submenu?.items ?? []).find((item) => item.label === 'Recent Documents' || item.label === 'Documents récents')?.submenu?.items.map((item) => item.label),
  );
  expect(recent?.[0]).toBe(`${TITLE}.txt`);
});

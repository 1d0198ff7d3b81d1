// The desktop app end to end: tagging, a restart with the passage still there, an export on disk,
// files from the command line, the network lock, external links, and the native menus.
import { test, expect } from '@playwright/test';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { RULING_FIXTURE, selectWithMouse } from '../e2e/helpers';
import { clickMenuItem, executablePath, launchGlose, SKIP_REASON, stubDialogs, type Running } from './launch';

const CLOUD_ACT = 'si le risque que des données soient transférées aux autorités américaines en application du Cloud Act ne peut être entièrement exclu';

test.skip(!executablePath, SKIP_REASON);

let tempDir: string;
let glose: Running | undefined;

test.beforeEach(async () => {
  tempDir = await mkdtemp(path.join(os.tmpdir(), 'glose-desktop-'));
});
test.afterEach(async () => {
  await glose?.app.close();
  glose = undefined;
  await rm(tempDir, { recursive: true, force: true });
});

const userData = () => path.join(tempDir, 'user-data');

test('a ruling opened from the command line is imported; a missing path gets a message, not a crash', async () => {
  const ruling = path.join(tempDir, 'ce-503163.txt');
  await copyFile(RULING_FIXTURE, ruling);
  glose = await launchGlose(userData(), [ruling, path.join(tempDir, 'gone.txt')]);
  const { page } = glose;
  await expect(page.locator('.library-table a').first()).toHaveText(/Conseil d.État/);
  await expect(page.getByTestId('notice-error')).toContainText(/“gone\.txt” could not be opened: the file does not exist|« gone\.txt » n’a pas pu être ouvert/);
});

test('tag a passage, restart, the passage is there; export it to disk through the save dialog', async () => {
  const ruling = path.join(tempDir, 'ce-503163.txt');
  await copyFile(RULING_FIXTURE, ruling);
  glose = await launchGlose(userData());
  await stubDialogs(glose.app, { open: [ruling] });
  await clickMenuItem(glose.app, 'import');
  await glose.page.locator('.library-table a').first().click();
  await selectWithMouse(glose.page, CLOUD_ACT);
  await glose.page.keyboard.press('1');
  await expect(glose.page.locator('.reader-text mark')).toHaveText([CLOUD_ACT]);
  await glose.app.close();

  glose = await launchGlose(userData());
  const { app, page } = glose;
  // The window reopens on the document (the route is in the URL hash of the same origin, app://glose).
  await page.goto('app://glose/index.html#/');
  await page.locator('.library-table a').first().click();
  await expect(page.locator('.reader-text mark')).toHaveText([CLOUD_ACT]);

  const target = path.join(tempDir, 'arguments.md');
  await stubDialogs(app, { save: target });
  await clickMenuItem(app, 'export');
  await expect.poll(() => readFile(target, 'utf8').catch(() => '')).toContain(CLOUD_ACT);
  // The interface is in English here (LANG=en), so is the citation.
  expect(await readFile(target, 'utf8')).toContain('CE, juge des référés, 25 April 2025, No 503163, para. 5');
});

test('nothing leaves the machine: a request to an outside address is cancelled', async () => {
  glose = await launchGlose(userData());
  const fromPage = await glose.page.evaluate(() => fetch('https://example.com/').then(() => 'loaded', () => 'blocked'));
  expect(fromPage).toBe('blocked');
  // The session lock, not only the page's CSP: main itself cannot load an outside page in the app's session.
  const fromMain = await glose.app.evaluate(async ({ BrowserWindow }) => {
    const probe = new BrowserWindow({ show: false });
    try {
      await probe.loadURL('https://example.com/');
      return 'loaded';
    } catch (error) {
      return String(error);
    } finally {
      probe.destroy();
    }
  });
  expect(fromMain).toMatch(/ERR_BLOCKED_BY_CLIENT/);
});

test('an external link asks first, and a cancelled confirmation opens nothing', async () => {
  glose = await launchGlose(userData());
  const { app, page } = glose;
  await app.evaluate(({ shell }) => {
    (globalThis as unknown as { opened: string[] }).opened = [];
    shell.openExternal = async (url: string) => void (globalThis as unknown as { opened: string[] }).opened.push(url);
  });
  await stubDialogs(app, { confirm: 1 });
  expect(await page.evaluate(() => (window as unknown as { glose: { openExternal: (u: string) => Promise<string> } }).glose.openExternal('https://curia.europa.eu/'))).toBe('cancelled');
  expect(await page.evaluate(() => (window as unknown as { glose: { openExternal: (u: string) => Promise<string> } }).glose.openExternal('file:///etc/passwd'))).toBe('refused');
  await stubDialogs(app, { confirm: 0 });
  expect(await page.evaluate(() => (window as unknown as { glose: { openExternal: (u: string) => Promise<string> } }).glose.openExternal('https://curia.europa.eu/'))).toBe('opened');
  expect(await app.evaluate(() => (globalThis as unknown as { opened: string[] }).opened)).toEqual(['https://curia.europa.eu/']);
});

test('the native menus follow the interface language, list the tags, and drive the app', async () => {
  glose = await launchGlose(userData());
  const { app, page } = glose;
  const topLabels = () => app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label));

  await page.locator('.language-switcher select').selectOption('fr');
  await expect.poll(topLabels).toEqual(expect.arrayContaining(['Fichier', 'Édition', 'Affichage', 'Étiquettes', 'Aide']));
  await page.locator('.language-switcher select').selectOption('en');
  await expect.poll(topLabels).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Tags', 'Help']));

  const tags = await app.evaluate(({ Menu }) =>
    Menu.getApplicationMenu()?.items.find((item) => item.label === 'Tags')?.submenu?.items.map((item) => `${item.label} ${item.accelerator ?? ''}`.trim()),
  );
  expect(tags).toEqual(['CLOUD Act risk 1', 'Lack of European alternatives 2', 'Three-year limit 3']);

  await clickMenuItem(app, 'showShortcuts');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');

  const before = await page.locator('html').getAttribute('data-theme');
  await clickMenuItem(app, 'toggleDarkMode');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', before ?? '');
  await expect
    .poll(() => app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('toggleDarkMode')?.checked))
    .toBe(before !== 'dark');

  // Export needs an open document: disabled in the library.
  expect(await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('export')?.enabled)).toBe(false);
});

// The desktop paths of the renderer, driven through a stand-in Electron bridge in Chromium: files the OS hands
// over (Open with, command line) and native menu commands.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { markedTexts, RULING_FIXTURE, selectWithMouse } from './helpers';
import { deliverSystemFiles, installStandInDesktop, sendMenuCommand, systemFileImports } from './standInDesktop';

const ruling = () => Array.from(readFileSync(RULING_FIXTURE));
/** The same ruling with one more paragraph: same ECLI, different text (a corrected version). */
const revised = () => Array.from(Buffer.concat([readFileSync(RULING_FIXTURE), Buffer.from('\n\n12. Le présent point a été ajouté par une rectification.\n')]));

test.beforeEach(async ({ page }) => {
  await installStandInDesktop(page);
  await page.goto('./');
});

test('a revised file opened from the system while the reader is open asks about the duplicate right there', async ({ page }) => {
  await deliverSystemFiles(page, [{ name: 'ordonnance.txt', bytes: ruling() }], [{ name: 'absent.txt', problem: 'notFound' }]);
  await expect(page.locator('.library-table tbody tr')).toHaveCount(1);
  await expect(page.getByTestId('notice-error').first()).toContainText('absent.txt');
  await page.locator('.library-table a').first().click();
  await expect(page.locator('.reader-text [data-number="5"]')).toBeVisible();

  await deliverSystemFiles(page, [{ name: 'ordonnance-rectifiee.txt', bytes: revised() }]);
  const question = page.getByRole('dialog', { name: 'Ce document est peut-être déjà dans votre bibliothèque' });
  await expect(question).toContainText('« ordonnance-rectifiee.txt » a le même ECLI que');
  await question.getByRole('button', { name: 'Ignorer ce fichier' }).click();
  await expect(question).toBeHidden();
  await page.getByRole('link', { name: /Retour à la bibliothèque/ }).click();
  await expect(page.locator('.library-table tbody tr')).toHaveCount(1);
});

test('Recent documents and the OS open the library copy of a file already imported, and import it again once deleted', async ({ page }) => {
  // First opening: imported, and main is told which document the file became.
  await deliverSystemFiles(page, [{ name: 'ordonnance.txt', bytes: ruling(), ticket: 'first' }]);
  await expect(page.locator('.library-table tbody tr')).toHaveCount(1);
  await expect.poll(() => systemFileImports(page)).toHaveLength(1);
  const docId = (await systemFileImports(page))[0]?.docId ?? '';
  expect(await systemFileImports(page)).toEqual([{ ticket: 'first', docId }]);

  // File › Recent documents: main hands over the document it remembered; it opens, no question, nothing imported.
  await deliverSystemFiles(page, [{ name: 'ordonnance.txt', bytes: ruling(), ticket: 'recent', docId }]);
  await expect(page).toHaveURL(new RegExp(`#/doc/${docId}$`));
  await expect(page.locator('.reader-text [data-number="5"]')).toBeVisible();
  await expect(page.getByTestId('notice-info').first()).toContainText('« ordonnance.txt » est déjà dans votre bibliothèque sous le titre');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // A path main knows nothing about (imported by the picker, or copied elsewhere), same text: the library copy opens too.
  await page.goto('./#/');
  await deliverSystemFiles(page, [{ name: 'copie-sur-le-bureau.txt', bytes: ruling(), ticket: 'copy' }]);
  await expect(page).toHaveURL(new RegExp(`#/doc/${docId}$`));
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect.poll(() => systemFileImports(page)).toContainEqual({ ticket: 'copy', docId });

  // The file was moved since: its library copy still opens.
  await page.goto('./#/');
  await deliverSystemFiles(page, [], [{ name: 'ordonnance.txt', problem: 'notFound', docId }]);
  await expect(page).toHaveURL(new RegExp(`#/doc/${docId}$`));
  await expect(page.getByTestId('notice-info').filter({ hasText: '« ordonnance.txt » n’est plus là où il était, mais il est dans votre bibliothèque' })).toBeVisible();

  // Deleted from the library: the recent entry imports it again, normally.
  await page.goto('./#/');
  await page.locator('tr.library-row td').nth(1).click();
  // No passage on it: deleted at once, with an undo notice.
  await page.getByRole('grid').press('Delete');
  await expect(page.locator('.library-table')).toHaveCount(0);
  await deliverSystemFiles(page, [{ name: 'ordonnance.txt', bytes: ruling(), ticket: 'again', docId }]);
  await expect(page.locator('.library-table tbody tr')).toHaveCount(1);
  await expect(page.getByTestId('notice-success').filter({ hasText: 'a été importé' })).toBeVisible();
  const reimported = (await systemFileImports(page)).find((entry) => entry.ticket === 'again');
  expect(reimported?.docId).toBeTruthy();
  expect(reimported?.docId).not.toBe(docId);
});

test('Edit › Undo and Redo of the native menu undo and redo a tagging', async ({ page }) => {
  await deliverSystemFiles(page, [{ name: 'ordonnance.txt', bytes: ruling() }]);
  await page.locator('.library-table a').first().click();
  const phrase = 'limitée à une durée de trois ans';
  await selectWithMouse(page, phrase);
  await page.keyboard.press('3');
  await expect.poll(() => markedTexts(page)).toEqual([phrase]);

  // In the desktop app the menu owns Ctrl+Z: the key itself does nothing, the menu command does.
  await page.keyboard.press('Control+z');
  await expect.poll(() => markedTexts(page)).toEqual([phrase]);
  await sendMenuCommand(page, 'undo');
  await expect.poll(() => markedTexts(page)).toEqual([]);
  await sendMenuCommand(page, 'redo');
  await expect.poll(() => markedTexts(page)).toEqual([phrase]);
});

// The desktop paths of the renderer, driven through a stand-in Electron bridge in Chromium: files the OS hands
// over (Open with, command line) and native menu commands.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { markedTexts, RULING_FIXTURE, selectWithMouse } from './helpers';
import { deliverSystemFiles, installStandInDesktop, sendMenuCommand } from './standInDesktop';

const ruling = () => Array.from(readFileSync(RULING_FIXTURE));

test.beforeEach(async ({ page }) => {
  await installStandInDesktop(page);
  await page.goto('./');
});

test('a file opened from the system while the reader is open asks about the duplicate right there', async ({ page }) => {
  await deliverSystemFiles(page, [{ name: 'ordonnance.txt', bytes: ruling() }], [{ name: 'absent.txt', problem: 'notFound' }]);
  await expect(page.locator('.library-table tbody tr')).toHaveCount(1);
  await expect(page.getByTestId('notice-error').first()).toContainText('absent.txt');
  await page.locator('.library-table a').first().click();
  await expect(page.locator('.reader-text [data-number="5"]')).toBeVisible();

  await deliverSystemFiles(page, [{ name: 'ordonnance-copie.txt', bytes: ruling() }]);
  const question = page.getByRole('dialog', { name: 'Ce document est peut-être déjà dans votre bibliothèque' });
  await expect(question).toContainText('« ordonnance-copie.txt » a exactement le même texte que');
  await question.getByRole('button', { name: 'Ignorer ce fichier' }).click();
  await expect(question).toBeHidden();
  await page.getByRole('link', { name: /Retour à la bibliothèque/ }).click();
  await expect(page.locator('.library-table tbody tr')).toHaveCount(1);
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

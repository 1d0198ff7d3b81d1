// Files the desktop shell hands over (Open with, command line) go through the same import as the library's,
// even while a document is open: a stand-in Electron bridge plays the host's part in Chromium.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { RULING_FIXTURE } from './helpers';

test('a file opened from the system while the reader is open asks about the duplicate right there', async ({ page }) => {
  await page.addInitScript(() => {
    const listeners: Array<(files: unknown) => void> = [];
    const pending: unknown[] = [];
    const host = {
      host: 'electron',
      openFiles: async () => [],
      saveFile: async () => ({ status: 'cancelled' }),
      onMenuCommand: () => () => undefined,
      onSystemFiles: (listener: (files: unknown) => void) => {
        listeners.push(listener);
        pending.splice(0).forEach((batch) => listener(batch));
        return () => undefined;
      },
      updateMenu: async () => undefined,
      openExternal: async () => 'refused',
      writeClipboard: async () => undefined,
    };
    Object.assign(window, {
      glose: host,
      __deliverSystemFiles: (batch: unknown) => (listeners.length ? listeners.forEach((l) => l(batch)) : pending.push(batch)),
    });
  });
  await page.goto('./');
  // The stand-in bridge has an empty picker; the first copy arrives from the system too.
  const bytes = Array.from(readFileSync(RULING_FIXTURE));
  const deliver = (name: string) =>
    page.evaluate(
      ({ name, bytes }) => (window as unknown as { __deliverSystemFiles: (b: unknown) => void }).__deliverSystemFiles({
        files: [{ name, size: bytes.length, bytes: new Uint8Array(bytes) }],
        problems: [{ name: 'absent.txt', problem: 'notFound' }],
      }),
      { name, bytes },
    );
  await deliver('ordonnance.txt');
  await expect(page.locator('.library-table tbody tr')).toHaveCount(1);
  await page.locator('.library-table a').first().click();
  await expect(page.locator('.reader-text [data-number="5"]')).toBeVisible();

  await deliver('ordonnance-copie.txt');
  const question = page.getByRole('dialog', { name: 'Ce document est peut-être déjà dans votre bibliothèque' });
  await expect(question).toContainText('« ordonnance-copie.txt » a exactement le même texte que');
  await question.getByRole('button', { name: 'Ignorer ce fichier' }).click();
  await expect(question).toBeHidden();
  await expect(page.getByTestId('notice-error').first()).toContainText('absent.txt');
  await page.getByRole('link', { name: /Retour à la bibliothèque/ }).click();
  await expect(page.locator('.library-table tbody tr')).toHaveCount(1);
});

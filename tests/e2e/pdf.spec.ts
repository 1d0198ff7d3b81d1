// PDFs in the web edition: a ruling with headers, page numbers, hyphens and two columns; encrypted and damaged files.
import { readFile } from 'node:fs/promises';
import { rulingPdf } from '../fixtures/pdf/rulingFixture';
import { seriousViolations } from './axe';
import { test, expect } from './fixtures';
import { FIXTURES, importByPicker } from './helpers';

const rows = (page: import('@playwright/test').Page) => page.locator('.library-table tbody tr');
const pdfFile = (name: string, bytes: Uint8Array) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(bytes) });

/** The blocks stored for the only document of the library, read from IndexedDB as the app wrote them. */
function storedBlocks(page: import('@playwright/test').Page) {
  return page.evaluate(
    () =>
      new Promise<Array<{ text: string; number?: string; page?: number; order: number }>>((resolve, reject) => {
        const open = indexedDB.open('glose');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('blocks').objectStore('blocks').getAll();
          request.onsuccess = () => resolve((request.result as Array<{ order: number; text: string }>).sort((a, b) => a.order - b.order));
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Bibliothèque' })).toBeVisible();
});

test('a ruling PDF is imported with its points, sections and pages, without running headers or page numbers', async ({ page }) => {
  await importByPicker(page, pdfFile('ordonnance-503163.pdf', await rulingPdf()));
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first().getByRole('link')).toHaveText("Conseil d'État, juge des référés, 25 avril 2025, n° 503163");
  await expect(rows(page).first().locator('td').nth(1)).toHaveText('Décision');

  const blocks = await storedBlocks(page);
  expect(blocks.filter((block) => block.number).map((block) => block.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  expect(blocks[0]).toMatchObject({ text: "Conseil d'État", page: 1 });
  expect(blocks.find((block) => block.number === '8')?.page).toBe(3);
  expect(blocks.every((block) => typeof block.page === 'number')).toBe(true);

  await rows(page).first().getByRole('link').click();
  const text = page.locator('.reader-text');
  await expect(text.locator('[data-number="5"]')).toContainText('sont pseudonymisées, qu');
  await expect(text).toContainText('situés aux Pays-Bas et en France');
  await expect(text).not.toContainText('Conseil d\'État — N° 503163');
  await expect(text).not.toContainText('Page 2 sur');
});

test('an encrypted PDF asks for its password, says when it is wrong, and opens with the right one', async ({ page }) => {
  const bytes = await readFile(`${FIXTURES}pdf/encrypted-ordonnance.pdf`);
  await importByPicker(page, pdfFile('protege.pdf', bytes));
  const dialog = page.getByRole('dialog', { name: 'Mot de passe requis' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('« protege.pdf » est protégé par un mot de passe');
  await expect(dialog.getByLabel('Mot de passe')).toBeFocused();
  await dialog.getByLabel('Mot de passe').fill('mauvais');
  await dialog.getByRole('button', { name: 'Ouvrir' }).click();

  await expect(dialog.getByRole('alert')).toHaveText('Ce mot de passe est incorrect. Vérifiez-le et réessayez.');
  await expect(dialog.getByLabel('Mot de passe')).toHaveValue('');
  expect(await seriousViolations(page), 'password dialog').toEqual([]);
  await dialog.getByLabel('Mot de passe').fill('CE-503163');
  await dialog.getByLabel('Mot de passe').press('Enter');
  await expect(dialog).toBeHidden();
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first().getByRole('link')).toContainText('n° 503163');
});

test('cancelling the password prompt imports nothing', async ({ page }) => {
  const bytes = await readFile(`${FIXTURES}pdf/encrypted-ordonnance.pdf`);
  await importByPicker(page, pdfFile('protege.pdf', bytes));
  const dialog = page.getByRole('dialog', { name: 'Mot de passe requis' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('notice-info')).toContainText('L’import de « protege.pdf » a été annulé');
  await expect(rows(page)).toHaveCount(0);
  await expect(page.getByText('Votre bibliothèque est vide')).toBeVisible();
});

test('a damaged or truncated PDF is refused with a message and nothing is added', async ({ page }) => {
  const whole = await rulingPdf();
  await importByPicker(page, pdfFile('tronque.pdf', whole.slice(0, Math.floor(whole.length / 2))));
  await expect(page.getByTestId('notice-error')).toContainText('« tronque.pdf » est endommagé ou incomplet');
  await expect(rows(page)).toHaveCount(0);
});

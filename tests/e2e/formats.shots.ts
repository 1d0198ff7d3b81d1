// Screenshots of the import summary, the paste dialog, the same-document dialog, the metadata form and the review list, in French and English.
import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import { importButton, importByPicker, RULING_FIXTURE, selectWithMouse } from './helpers';
import { caaRulingDocx } from '../fixtures/officeFixtures';
import { CHANGED_PASSAGE, DELETED_PASSAGE, KEPT_PASSAGE, revisedOrder } from '../fixtures/revisedOrder';

const OUT = 'tests/e2e/.artifacts/screenshots';

for (const lang of ['fr', 'en'] as const) {
  test(`import views (${lang})`, async ({ page }) => {
    await page.goto('./');
    await page.locator('.language-switcher select').selectOption(lang);

    const docx = Buffer.from(await caaRulingDocx());
    const chooser = page.waitForEvent('filechooser');
    await importButton(page).click();
    await (await chooser).setFiles([
      { name: 'caa-paris.docx', mimeType: 'application/octet-stream', buffer: docx },
      { name: 'tronque.docx', mimeType: 'application/octet-stream', buffer: docx.subarray(0, docx.length >> 1) },
      { name: 'vide.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
      { name: 'ordonnance.txt', mimeType: 'text/plain', buffer: await readFile(RULING_FIXTURE) },
    ]);
    await expect(page.getByTestId('import-summary-counts')).toBeVisible();
    await page.screenshot({ path: `${OUT}/${lang}-import-summary.png` });
    await page.getByTestId('import-summary').locator('.summary-close').click();

    await page.getByRole('button', { name: /Coller du texte|Paste text/ }).click();
    await page.getByRole('dialog').locator('textarea').fill('Le rapporteur public conclut au rejet de la requête.');
    await page.screenshot({ path: `${OUT}/${lang}-paste-dialog.png` });
    await page.getByRole('dialog').getByRole('button', { name: /Annuler|Cancel/ }).click();

    await page.locator('.library-table a', { hasText: 'Conseil' }).click();
    for (const [quote, key] of [[CHANGED_PASSAGE, '1'], [KEPT_PASSAGE, '2'], [DELETED_PASSAGE, '3']] as const) {
      await selectWithMouse(page, quote);
      await page.keyboard.press(key);
    }
    await page.getByRole('button', { name: /Détails|Details/ }).click();
    await page.screenshot({ path: `${OUT}/${lang}-details-form.png` });
    await page.keyboard.press('Escape');
    await page.locator('.back-link').click();

    const revised = revisedOrder(await readFile(RULING_FIXTURE, 'utf8'));
    await importByPicker(page, { name: 'ordonnance-corrigee.txt', mimeType: 'text/plain', buffer: Buffer.from(revised) });
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.screenshot({ path: `${OUT}/${lang}-same-document-dialog.png` });
    await page.getByRole('dialog').locator('button.primary').click();
    await page.locator('.library-table a', { hasText: 'Conseil' }).click();
    await expect(page.getByTestId('review-panel')).toBeVisible();
    await page.screenshot({ path: `${OUT}/${lang}-review-list.png` });
  });
}

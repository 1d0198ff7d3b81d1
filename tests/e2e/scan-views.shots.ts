// Screenshots of the PDF and scan views, in French and in English: password prompt, OCR progress, uncertain OCR text.
import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import { FIXTURES, importByPicker } from './helpers';
import { scannedPdf, scanPng } from './scans';

const OUT = 'tests/e2e/.artifacts/screenshots';

const PARAGRAPHS = [
  "Conseil d'État",
  'N° 503163',
  'Considérant ce qui suit :',
  "1. Aux termes du premier alinéa de l'article L. 521-1 du code de justice administrative, le juge des référés peut ordonner la suspension de l'exécution d'une décision administrative.",
  '2. Le risque de transfert de données de santé vers les autorités américaines ne peut être regardé comme purement hypothétique.',
  "3. Il résulte de l'instruction que les données versées dans l'entrepôt sont pseudonymisées et chiffrées.",
];

for (const lang of ['fr', 'en'] as const) {
  test(`scan views (${lang})`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto('./');
    await page.locator('.language-switcher select').selectOption(lang);

    await importByPicker(page, { name: 'protege.pdf', mimeType: 'application/pdf', buffer: await readFile(`${FIXTURES}pdf/encrypted-ordonnance.pdf`) });
    const dialog = page.getByRole('dialog');
    await dialog.locator('input').fill('wrong');
    await dialog.locator('input').press('Enter');
    await expect(dialog.getByRole('alert')).toBeVisible();
    await page.screenshot({ path: `${OUT}/${lang}-password-wrong.png` });
    await page.keyboard.press('Escape');

    const first = await scanPng(page, PARAGRAPHS, { noisy: [4] });
    const second = await scanPng(page, ['4. En troisième lieu, l’autorisation accordée par la délibération contestée est limitée à une durée de trois ans.', 'O R D O N N E :', 'Article 1er : La requête est rejetée.']);
    await importByPicker(page, { name: 'scan-503163.pdf', mimeType: 'application/pdf', buffer: await scannedPdf([first, second]) });
    await expect(page.getByTestId('import-progress')).toHaveAttribute('data-stage', 'ocr', { timeout: 30_000 });
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${OUT}/${lang}-ocr-progress.png` });
    await expect(page.locator('.library-table tbody tr')).toHaveCount(1, { timeout: 150_000 });
    await page.locator('.library-table a').first().click();
    await expect(page.locator('.ocr-notice')).toBeVisible();
    await page.screenshot({ path: `${OUT}/${lang}-reader-ocr.png` });
  });
}

// Scans in the web edition: OCR in the browser with the app's own tesseract.js files, its progress, its cancel button,
// and the mark on paragraphs it was unsure of.
import { seriousViolations } from './axe';
import { test, expect } from './fixtures';
import { importByPicker } from './helpers';
import { scannedPdf, scanPng, scanTiff } from './scans';

const rows = (page: import('@playwright/test').Page) => page.locator('.library-table tbody tr');

const SECOND_PAGE = [
  "4. En troisième lieu, l'autorisation accordée par la délibération contestée est limitée à une durée de trois ans.",
  'O R D O N N E :',
  "Article 1er : La requête de l'association Souveraineté numérique en santé est rejetée.",
];

const PARAGRAPHS = [
  "Conseil d'État",
  'N° 503163',
  'Lecture du vendredi 25 avril 2025',
  'Considérant ce qui suit :',
  "1. Aux termes du premier alinéa de l'article L. 521-1 du code de justice administrative, le juge des référés peut ordonner la suspension de l'exécution d'une décision administrative.",
  "2. Il résulte de l'instruction que les données versées dans l'entrepôt sont pseudonymisées et chiffrées au moyen de clés détenues par la seule Plateforme des données de santé.",
  '3. Le risque de transfert de données de santé vers les autorités américaines ne peut être regardé comme purement hypothétique.',
];

test.describe.configure({ timeout: 180_000 });

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Bibliothèque' })).toBeVisible();
});

test('a scanned PDF is read by OCR page by page with a progress bar, and uncertain paragraphs are marked', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const first = await scanPng(page, PARAGRAPHS, { noisy: [6] });
  const second = await scanPng(page, SECOND_PAGE);
  await importByPicker(page, { name: 'scan-503163.pdf', mimeType: 'application/pdf', buffer: await scannedPdf([first, second]) });

  const progress = page.getByTestId('import-progress');
  await expect(progress).toHaveAttribute('data-stage', 'ocr', { timeout: 30_000 });
  await expect(progress).toContainText('Reconnaissance du texte de « scan-503163.pdf » (OCR) : page 1 sur 2');
  await expect(progress.getByRole('progressbar', { name: 'Progression de l’import' })).toBeVisible();
  await expect(progress.getByRole('button', { name: 'Annuler l’import' })).toBeVisible();
  expect(await seriousViolations(page), 'library during OCR').toEqual([]);

  await expect(rows(page)).toHaveCount(1, { timeout: 120_000 });
  await expect(progress).toBeHidden();
  await expect(rows(page).first().getByRole('link')).toContainText('n° 503163');
  await rows(page).first().getByRole('link').click();

  const text = page.locator('.reader-text');
  await expect(text.locator('[data-number="2"]')).toContainText('pseudonymisées et chiffrées');
  // The second page is read after the engine narrowed to the French model.
  await expect(text.locator('[data-number="4"]')).toContainText('limitée à une durée de trois ans');
  await expect(text).toContainText('La requête de l');
  await expect(page.locator('.ocr-notice')).toContainText('Ce texte a été reconnu par OCR');
  // The speckled paragraph is marked (it may come out as one block or two); the clean ones are not.
  const uncertain = text.locator('.block-ocr-uncertain');
  await expect(uncertain.first()).toBeVisible();
  await expect(uncertain.first()).toHaveAttribute('title', /^Texte reconnu par OCR avec une confiance faible \(\d+ %\) : vérifiez ce paragraphe sur l’original\.$/);
  await expect(page.locator('.ocr-notice')).toContainText(`signalés par « ? » dans la marge (${await uncertain.count()})`);
  for (const number of ['1', '2']) await expect(text.locator(`[data-number="${number}"]`)).not.toHaveClass(/block-ocr-uncertain/);
  await expect(text.locator('.block-ocr-uncertain', { hasText: 'pseudonymisées' })).toHaveCount(0);
  expect(await seriousViolations(page), 'reader with OCR marks').toEqual([]);
  expect(violations).toEqual([]);
});

test('a scanned image (PNG) is imported by OCR', async ({ page }) => {
  const png = await scanPng(page, PARAGRAPHS.slice(0, 6));
  await importByPicker(page, { name: 'scan.png', mimeType: 'image/png', buffer: png });
  await expect(rows(page)).toHaveCount(1, { timeout: 120_000 });
  await rows(page).first().getByRole('link').click();
  await expect(page.locator('.reader-text [data-number="1"]')).toContainText('suspension de l');
});

test('a scanned TIFF is decoded in the app and imported by OCR', async ({ page }) => {
  const tiff = await scanTiff(page, PARAGRAPHS.slice(0, 5));
  await importByPicker(page, { name: 'fax.tif', mimeType: 'image/tiff', buffer: tiff });
  await expect(rows(page)).toHaveCount(1, { timeout: 120_000 });
  await rows(page).first().getByRole('link').click();
  await expect(page.locator('.reader-text [data-number="1"]')).toContainText('suspension de l');
});

test('cancelling OCR stops it and leaves the library empty', async ({ page }) => {
  const png = await scanPng(page, PARAGRAPHS);
  await importByPicker(page, { name: 'long-scan.pdf', mimeType: 'application/pdf', buffer: await scannedPdf([png, png, png]) });
  const progress = page.getByTestId('import-progress');
  await expect(progress).toHaveAttribute('data-stage', 'ocr', { timeout: 30_000 });
  await progress.getByRole('button', { name: 'Annuler l’import' }).click();
  await expect(page.getByTestId('notice-info')).toContainText('L’import de « long-scan.pdf » a été annulé');
  await expect(progress).toBeHidden();
  await expect(rows(page)).toHaveCount(0);
  await expect(page.getByText('Votre bibliothèque est vide')).toBeVisible();
  // Nothing arrives later either: the recognition was stopped, not left to finish in the background.
  await page.waitForTimeout(3000);
  await expect(rows(page)).toHaveCount(0);
});

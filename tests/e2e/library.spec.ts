// Importing into the library: by picker, by drag-and-drop, and refusing bad files with a clear message.
import { test, expect } from './fixtures';
import { dropFiles, importByPicker, RULING_FIXTURE } from './helpers';

const rows = (page: import('@playwright/test').Page) => page.locator('.library-table tbody tr');

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Bibliothèque' })).toBeVisible();
});

test('a ruling imported with the file picker is listed with its title, kind, court, decision and import dates', async ({ page }) => {
  await expect(page.getByText('Votre bibliothèque est vide')).toBeVisible();
  await importByPicker(page, RULING_FIXTURE);
  await expect(rows(page)).toHaveCount(1);
  const row = rows(page).first();
  await expect(row.getByRole('link')).toHaveText(/Conseil d.État/);
  await expect(row.locator('td').nth(1)).toHaveText('Décision');
  const year = String(new Date().getFullYear());
  await expect(row.locator('td').nth(2)).toHaveText(/Conseil d.État/);
  await expect(row.locator('td').nth(3)).toHaveText('25 avr. 2025');
  await expect(row.locator('td').nth(4)).toContainText(year);
  await expect(page.getByTestId('notice-success')).toContainText('a été importé');
});

test('text, Markdown and HTML files dropped on the library are imported, and scripts never run', async ({ page }) => {
  let scriptRuns = 0;
  await page.exposeFunction('__scriptRan', () => {
    scriptRuns += 1;
  });
  await dropFiles(page, [
    { name: 'note.txt', text: 'Note sur la souveraineté des données de santé.\n\nDeuxième paragraphe de la note.' },
    { name: 'article.md', text: '# Le CLOUD Act et les données de santé\n\nUn premier paragraphe **important**.\n\n- un point\n- un autre point' },
    {
      name: 'page.html',
      text: '<html><head><title>Analyse de l’ordonnance</title></head><body><nav>Menu</nav><article><h1>Analyse de l’ordonnance</h1><p>Le juge des référés rejette la requête.</p><img src="x" onerror="window.__scriptRan()"><script>window.__scriptRan()</script></article></body></html>',
    },
  ]);
  await expect(rows(page)).toHaveCount(3);
  await expect(page.locator('.library-table')).toContainText('Le CLOUD Act et les données de santé');
  await expect(page.locator('.library-table')).toContainText('Analyse de l’ordonnance');
  await page.getByRole('link', { name: 'Analyse de l’ordonnance' }).click();
  await expect(page.locator('.reader-text')).toContainText('Le juge des référés rejette la requête.');
  await expect(page.locator('.reader-text')).not.toContainText('Menu');
  await expect(page.locator('.reader-text img, .reader-text script')).toHaveCount(0);
  expect(scriptRuns, 'imported scripts or handlers that ran').toBe(0);
});

test('an empty file is refused with a message and nothing is added', async ({ page }) => {
  await importByPicker(page, { name: 'vide.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
  await expect(page.getByTestId('notice-error')).toContainText('« vide.txt » est vide');
  await expect(rows(page)).toHaveCount(0);
  await expect(page.getByText('Votre bibliothèque est vide')).toBeVisible();
});

test('a binary file renamed .txt is refused with a message and nothing is added', async ({ page }) => {
  const pdfLike = Buffer.concat([Buffer.from('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n', 'latin1'), Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 37) % 256))]);
  await importByPicker(page, { name: 'decision.txt', mimeType: 'text/plain', buffer: pdfLike });
  await expect(page.getByTestId('notice-error')).toContainText('« decision.txt » n’est pas un fichier texte');
  await expect(rows(page)).toHaveCount(0);
});

test('a file over 50 MB is refused before it is read, and nothing is added', async ({ page }) => {
  await dropFiles(page, [{ name: 'enorme.txt', size: 50 * 1024 * 1024 + 1 }]);
  await expect(page.getByTestId('notice-error')).toContainText('« enorme.txt » est trop volumineux');
  await expect(page.getByTestId('notice-error')).toContainText('50 Mo');
  await expect(rows(page)).toHaveCount(0);
});

test('the same ruling imported twice is recognised and not duplicated', async ({ page }) => {
  await importByPicker(page, RULING_FIXTURE);
  await expect(rows(page)).toHaveCount(1);
  await importByPicker(page, RULING_FIXTURE);
  await page.getByRole('dialog').getByRole('button', { name: 'Ignorer ce fichier' }).click();
  await expect(page.getByTestId('notice-info')).toContainText('déjà dans votre bibliothèque');
  await expect(rows(page)).toHaveCount(1);
});

test('the messages follow the interface language', async ({ page }) => {
  await page.getByLabel('Langue').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
  await importByPicker(page, { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
  await expect(page.getByTestId('notice-error')).toContainText('“empty.txt” is empty');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

// Screenshots of the organised library, in French and English: sidebar with dossiers, filters, row action, selection, delete notice, dark theme.
import { test, expect } from './fixtures';
import { seedLibrary, type SeedDocument } from './librarySeed';

const OUT = 'tests/e2e/.artifacts/screenshots';
const DOCS: SeedDocument[] = [
  { id: 'ce', title: 'Conseil d’État, juge des référés, 25 avril 2025, n° 503163', court: 'Conseil d’État', date: '2025-04-25', caseNumber: '503163', importedAt: Date.UTC(2026, 0, 5), dossierIds: ['hdh'] },
  { id: 'ce2', title: 'Conseil d’État, 13 octobre 2020, Health Data Hub', court: 'Conseil d’État', date: '2020-10-13', caseNumber: '444937', importedAt: Date.UTC(2026, 0, 6), dossierIds: ['hdh', 'darwin'] },
  { id: 'ta', title: 'TA Paris, 12 mars 2024, n° 2401234', court: 'Tribunal administratif de Paris', date: '2024-03-12', importedAt: Date.UTC(2026, 0, 7) },
  { id: 'art', title: 'Le CLOUD Act et les données de santé', kind: 'article', importedAt: Date.UTC(2026, 0, 8) },
  { id: 'caa', title: 'CAA Lyon, 2 novembre 2023, n° 22LY01234', court: 'Cour administrative d’appel de Lyon', date: '2023-11-02', importedAt: Date.UTC(2026, 0, 4), dossierIds: ['darwin'] },
];
const PASSAGES = ['ce', 'ce', 'ce', 'ce2', 'caa'].map((docId, i) => ({ id: `p${i}`, docId, tagIds: ['tag-cloud-act-risk'] }));

for (const lang of ['fr', 'en'] as const) {
  test(`library organised (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 1360, height: 820 });
    await seedLibrary(page, DOCS, PASSAGES);
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const open = indexedDB.open('glose');
          open.onsuccess = () => {
            const tx = open.result.transaction('dossiers', 'readwrite');
            tx.objectStore('dossiers').put({ id: 'hdh', name: 'Health Data Hub', createdAt: 1 });
            tx.objectStore('dossiers').put({ id: 'darwin', name: 'DARWIN EU', createdAt: 2 });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
          };
        }),
    );
    await page.reload();
    await page.locator('.language-switcher select').selectOption(lang);
    await expect(page.locator('tr.library-row')).toHaveCount(5);
    await expect(page.locator('tr.library-row td.numeric').first()).toHaveText(/\d/);
    await page.screenshot({ path: `${OUT}/${lang}-library-organised.png` });
    await page.locator('tr.library-row', { hasText: 'CAA Lyon' }).hover();
    await page.screenshot({ path: `${OUT}/${lang}-library-row-compare.png` });

    await page.locator('.dossier-choice', { hasText: 'Health Data Hub' }).click();
    await page.locator('tr.library-row').first().locator('td').nth(1).click();
    await page.keyboard.press('Shift+ArrowDown');
    await page.screenshot({ path: `${OUT}/${lang}-library-dossier-selection.png` });

    await page.locator('.dossier-choice').first().click();
    await page.locator('tr.library-row', { hasText: 'TA Paris' }).locator('td').nth(1).click();
    await page.getByRole('grid').press('Delete');
    await expect(page.getByTestId('notice-info')).toBeVisible();
    await page.screenshot({ path: `${OUT}/${lang}-library-delete-notice.png` });

    await page.locator('tr.library-row', { hasText: 'Conseil d’État, juge' }).locator('td').nth(1).click();
    await page.getByRole('grid').press('Delete');
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.screenshot({ path: `${OUT}/${lang}-library-delete-confirm.png` });
    await page.getByRole('dialog').getByRole('button').first().click();

    await page.getByRole('grid').press('F2');
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.screenshot({ path: `${OUT}/${lang}-library-details-dossiers.png` });
    await page.keyboard.press('Escape');

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.locator('tr.library-row', { hasText: 'CAA Lyon' }).hover();
    await page.screenshot({ path: `${OUT}/${lang}-library-organised-dark.png` });
  });
}

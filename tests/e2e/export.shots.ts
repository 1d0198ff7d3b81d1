// Screenshots of the export dialog and its preview (page-like and text formats), in French and English, light and dark.
import { test, expect } from './fixtures';
import { exportDialog, openRuling, selectWithMouse } from './helpers';

const OUT = 'tests/e2e/.artifacts/screenshots';

for (const lang of ['fr', 'en'] as const) {
  test(`export dialog and preview (${lang})`, async ({ page }) => {
    await openRuling(page);
    await page.locator('.language-switcher select').selectOption(lang);
    await selectWithMouse(page, 'limitée à une durée de trois ans');
    await page.keyboard.press('3');
    await selectWithMouse(page, 'aux autorités américaines en application du Cloud Act');
    await page.keyboard.press('1');
    await page.screenshot({ path: `${OUT}/${lang}-passage-copy.png` });
    await page.getByRole('button', { name: /^(Exporter…|Export…)$/ }).click();
    const dialog = exportDialog(page);
    await expect(dialog.locator('.export-preview-passage')).toHaveCount(2);
    await page.screenshot({ path: `${OUT}/${lang}-export-dialog.png` });
    await dialog.getByRole('combobox', { name: 'Format' }).selectOption('csv');
    await expect(dialog.locator('.export-preview-text')).toBeVisible();
    await page.screenshot({ path: `${OUT}/${lang}-export-csv-preview.png` });
    await dialog.getByRole('combobox', { name: 'Format' }).selectOption('markdown');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${OUT}/${lang}-export-dialog-dark.png` });
  });
}

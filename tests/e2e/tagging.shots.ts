// Screenshots of the codebook manager and the tagging tools (palette, context menu, suggestions, notes), in French and English.
import { test, expect } from './fixtures';
import { openRuling, selectWithMouse } from './helpers';

const OUT = 'tests/e2e/.artifacts/screenshots';

for (const lang of ['fr', 'en'] as const) {
  test(`codebook and tagging tools (${lang})`, async ({ page }) => {
    await openRuling(page);
    await page.locator('.language-switcher select').selectOption(lang);
    await selectWithMouse(page, 'limitée à une durée de trois ans');
    await page.keyboard.press('3');
    await selectWithMouse(page, 'aux autorités américaines en application du Cloud Act');
    await page.keyboard.press('Control+k');
    await page.locator('.command-palette input').fill(lang === 'fr' ? 'souv' : 'sove');
    await page.screenshot({ path: `${OUT}/${lang}-palette.png` });
    await page.keyboard.press('Enter');
    await page.locator('.passage-item summary').first().click();
    await page.locator('.note-text').first().click();
    await page.keyboard.type('Durée limitée, migration SecNumCloud promise.');
    await page.getByRole('button', { name: /Suggérer|Suggest/ }).click();
    await page.locator('.reader-text mark').first().hover();
    await page.screenshot({ path: `${OUT}/${lang}-reader-tools.png` });

    await page.locator('a[href="#/codebook"]').click();
    await expect(page.locator('.codebook-row')).toHaveCount(9);
    await page.locator('.codebook-row').nth(2).getByRole('button').first().click();
    await page.screenshot({ path: `${OUT}/${lang}-codebook-edit.png`, fullPage: true });
    await page.locator('.codebook-row').nth(2).locator('.danger-link').click();
    await page.screenshot({ path: `${OUT}/${lang}-codebook-delete.png` });
  });
}

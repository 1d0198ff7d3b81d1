// Screenshots of the search view, in French and English: full-text results, an odd query, argument retrieval; light and dark.
import { test, expect } from './fixtures';
import { FIXTURES, importByPicker, RULING_FIXTURE, selectWithMouse } from './helpers';

const OUT = 'tests/e2e/.artifacts/screenshots';

for (const lang of ['fr', 'en'] as const) {
  test(`search (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('./');
    await page.locator('.language-switcher select').selectOption(lang);
    await importByPicker(page, [RULING_FIXTURE, `${FIXTURES}ce-considerant-2020.txt`]);
    await expect(page.locator('.library-table tbody tr')).toHaveCount(2);

    await page.locator('.library-table a', { hasText: '503163' }).click();
    await selectWithMouse(page, 'risque de transfert de données de santé');
    await page.keyboard.press('1');
    await selectWithMouse(page, 'limitée à une durée de trois ans');
    await page.keyboard.press('3');
    await expect(page.locator('.passage-panel .passage-item')).toHaveCount(2);

    await page.keyboard.press('/');
    await page.keyboard.type('"données de santé" hébergement');
    await page.keyboard.press('Enter');
    await expect(page.locator('.search-document').first()).toBeVisible();
    await page.screenshot({ path: `${OUT}/${lang}-search-results.png` });

    await page.keyboard.press('Control+Shift+F');
    await page.keyboard.type('?!*.(]');
    await page.keyboard.press('Enter');
    await expect(page.locator('.search-message')).toBeVisible();
    await page.screenshot({ path: `${OUT}/${lang}-search-bad-query.png` });

    await page.locator('.search-tabs a').nth(1).click();
    await page.locator('.argument-filters select').first().selectOption({ index: 1 });
    await expect(page.locator('.arguments .search-hit-link')).toHaveCount(1);
    await page.screenshot({ path: `${OUT}/${lang}-search-arguments.png` });

    await page.locator('.header-tools button').first().click();
    await page.goto('./#/search?q=autorisation');
    await expect(page.locator('.search-document').first()).toBeVisible();
    await page.screenshot({ path: `${OUT}/${lang}-search-results-dark.png` });
  });
}

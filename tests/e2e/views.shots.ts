// Screenshots of every view, in French and in English, into tests/e2e/.artifacts/screenshots/.
import { test, expect } from './fixtures';
import { dropFiles, importByPicker, RULING_FIXTURE, selectWithMouse } from './helpers';

const OUT = 'tests/e2e/.artifacts/screenshots';

for (const lang of ['fr', 'en'] as const) {
  test(`views (${lang})`, async ({ page }) => {
    await page.goto('./');
    await page.locator('.language-switcher select').selectOption(lang);
    await page.screenshot({ path: `${OUT}/${lang}-library-empty.png` });

    await importByPicker(page, RULING_FIXTURE);
    await dropFiles(page, [{ name: 'note.md', text: '# Note sur le Health Data Hub\n\nLe CLOUD Act permet aux autorités américaines…' }]);
    await importByPicker(page, { name: 'vide.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
    await expect(page.locator('.library-table tbody tr')).toHaveCount(2);
    await page.screenshot({ path: `${OUT}/${lang}-library.png` });

    await page.locator('.library-table a', { hasText: 'Conseil' }).click();
    await selectWithMouse(page, 'si le risque que des données soient transférées aux autorités américaines en application du Cloud Act ne peut être entièrement exclu');
    await page.keyboard.press('1');
    await selectWithMouse(page, "n'est, à ce jour, en mesure d'héberger un entrepôt de cette taille");
    await page.keyboard.press('2');
    await selectWithMouse(page, 'en application du Cloud Act ne peut être entièrement exclu, il n');
    await page.keyboard.press('3');
    await page.locator('.passage-item').first().locator('.passage-show').click();
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${OUT}/${lang}-reader.png` });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${OUT}/${lang}-reader-top.png` });
  });
}

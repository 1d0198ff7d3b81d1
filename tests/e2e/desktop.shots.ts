// Screenshots of what the desktop issue added, in French and English, light and dark: header tools, shortcuts dialog, find bar, dark views.
import { test, expect } from './fixtures';
import { importByPicker, RULING_FIXTURE, selectWithMouse } from './helpers';

const OUT = 'tests/e2e/.artifacts/screenshots';

for (const lang of ['fr', 'en'] as const) {
  test(`desktop features (${lang})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('./');
    await page.locator('.language-switcher select').selectOption(lang);
    await page.getByRole('button', { name: lang === 'fr' ? 'Raccourcis clavier' : 'Keyboard shortcuts' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.screenshot({ path: `${OUT}/${lang}-shortcuts.png` });
    await page.keyboard.press('Escape');

    await importByPicker(page, RULING_FIXTURE);
    await page.getByRole('button', { name: lang === 'fr' ? /Mode sombre/ : /Dark mode/ }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.screenshot({ path: `${OUT}/${lang}-library-dark.png` });

    await page.locator('.library-table a').first().click();
    await selectWithMouse(page, 'si le risque que des données soient transférées aux autorités américaines en application du Cloud Act ne peut être entièrement exclu');
    await page.keyboard.press('1');
    await selectWithMouse(page, "n'est, à ce jour, en mesure d'héberger un entrepôt de cette taille");
    await page.keyboard.press('2');
    await page.locator('.passage-item').first().locator('.passage-show').click();
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${OUT}/${lang}-reader-dark.png` });
    await page.keyboard.press('Control+f');
    await page.getByRole('searchbox', { name: /Rechercher dans le document|Find in the document/ }).fill('données');
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${OUT}/${lang}-reader-dark-find.png` });
    await page.keyboard.press('Control+/');
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.screenshot({ path: `${OUT}/${lang}-shortcuts-dark.png` });
  });
}

// Screenshots of the comparison (picker, argument view, text view, carry-over), in French and English, light and dark.
import { test, expect } from './fixtures';
import { openComparison, taggedOrders } from './compareSteps';

const OUT = 'tests/e2e/.artifacts/screenshots';

for (const lang of ['fr', 'en'] as const) {
  test(`comparison views (${lang})`, async ({ page }) => {
    const { a, b } = await taggedOrders(page);
    await page.locator('.language-switcher select').selectOption(lang);
    await page.goto(`./#/compare/${encodeURIComponent(a)}`);
    await expect(page.locator('#compare-a')).toBeVisible();
    await page.locator('.notice button').evaluateAll((buttons) => buttons.forEach((button) => (button as HTMLButtonElement).click()));
    await page.screenshot({ path: `${OUT}/${lang}-compare-picker.png` });

    await openComparison(page, a, b);
    await expect(page.locator('.compare-argument-row').first()).toBeVisible();
    // The comparison has finished (export needs it), and the tagging notices are out of the way.
    await expect(page.getByRole('button', { name: /Markdown/ })).toBeEnabled();
    await page.locator('.notice button').evaluateAll((buttons) => buttons.forEach((button) => (button as HTMLButtonElement).click()));
    await page.screenshot({ path: `${OUT}/${lang}-compare-arguments.png`, fullPage: true });

    await page.getByRole('tab', { name: lang === 'fr' ? 'Texte' : 'Text' }).click();
    await expect(page.locator('.compare-summary')).toBeVisible();
    // To the points of the reasoning: an added point, an edited and renumbered one, tags in the margins.
    for (let i = 0; i < 6; i++) await page.keyboard.press('n');
    await page.screenshot({ path: `${OUT}/${lang}-compare-text.png` });

    await page.getByRole('button', { name: lang === 'fr' ? 'Reporter les étiquettes sur B…' : 'Carry tags over to B…' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.screenshot({ path: `${OUT}/${lang}-compare-carry.png` });
    await page.keyboard.press('Escape');

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${OUT}/${lang}-compare-text-dark.png` });
  });
}

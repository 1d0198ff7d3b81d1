// axe finds no serious or critical accessibility violation in the library, the import dialogs and summary, and the reader, in both languages.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { FIXTURES, importByPicker, RULING_FIXTURE } from './helpers';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const lang of ['fr', 'en'] as const) {
  test(`library and reader have no serious or critical violations (${lang})`, async ({ page }) => {
    await page.goto('./');
    await page.locator('.language-switcher select').selectOption(lang);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    expect(await seriousViolations(page), 'empty library').toEqual([]);

    await importByPicker(page, RULING_FIXTURE);
    await expect(page.locator('.library-table tbody tr')).toHaveCount(1);
    expect(await seriousViolations(page), 'library with a document').toEqual([]);

    await importByPicker(page, [RULING_FIXTURE, `${FIXTURES}ce-considerant-2020.txt`]);
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await seriousViolations(page), 'same-document dialog').toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('import-summary-counts')).toBeVisible();
    expect(await seriousViolations(page), 'import summary').toEqual([]);

    await page.getByRole('button', { name: /Coller du texte|Paste text/ }).click();
    expect(await seriousViolations(page), 'paste dialog').toEqual([]);
    await page.keyboard.press('Escape');

    await page.locator('.library-table a').first().click();
    await expect(page.locator('.reader-text [data-block-id]').first()).toBeVisible();
    expect(await seriousViolations(page), 'reader').toEqual([]);
    await page.getByRole('button', { name: /Détails|Details/ }).click();
    expect(await seriousViolations(page), 'metadata form').toEqual([]);
  });
}

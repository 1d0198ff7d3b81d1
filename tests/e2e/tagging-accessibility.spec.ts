// axe finds no serious or critical violation in the codebook manager and in a reader with passages, notes and suggestions.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { openRuling, selectWithMouse } from './helpers';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the codebook manager and the tagging tools have no serious or critical violations', async ({ page }) => {
  await openRuling(page);
  await selectWithMouse(page, 'limitée à une durée de trois ans');
  await page.keyboard.press('3');
  await page.locator('.passage-item summary').first().click();
  await page.getByRole('button', { name: 'Suggérer des étiquettes' }).click();
  await expect(page.locator('.suggestion-item').first()).toBeVisible();
  expect(await seriousViolations(page), 'reader with a passage, a note and suggestions').toEqual([]);

  await page.locator('a[href="#/codebook"]').click();
  await page.getByRole('button', { name: 'Nouvelle étiquette' }).click();
  expect(await seriousViolations(page), 'codebook with the form open').toEqual([]);
  await page.getByRole('button', { name: 'Supprimer l’étiquette « Urgence »' }).click();
  expect(await seriousViolations(page), 'codebook with a confirmation').toEqual([]);
});

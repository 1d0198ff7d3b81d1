// Steps shared by the comparison tests and screenshots: import the 2024 and 2025 orders, tag a few passages, open the comparison.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { FIXTURES, importByPicker, selectWithMouse } from './helpers';

export const ORDER_2024 = `${FIXTURES}compare/ce-2024-health-data.txt`;
export const ORDER_2025 = `${FIXTURES}compare/ce-2025-health-data.txt`;
export const CLOUD_ACT = 'expose les données de santé aux demandes des autorités américaines fondées sur le Cloud Act';
export const KEYS = 'pseudonymisées et chiffrées au moyen de clés détenues par la';
export const THREE_YEARS = 'limitée à une durée de trois ans';

export async function importOrders(page: Page) {
  await page.goto('./');
  await importByPicker(page, [ORDER_2024, ORDER_2025]);
  await expect(page.locator('.library-table a')).toHaveCount(2);
}

/** The id of the document whose library link mentions `year`. */
export async function documentId(page: Page, year: string): Promise<string> {
  await page.goto('./#/');
  const href = await page.locator('.library-table a', { hasText: year }).first().getAttribute('href');
  return decodeURIComponent(/#\/doc\/([^/]+)/.exec(href ?? '')?.[1] ?? '');
}

async function tag(page: Page, docId: string, passages: ReadonlyArray<[string, string]>) {
  await page.goto(`./#/doc/${encodeURIComponent(docId)}`);
  await expect(page.locator('.reader-text')).toContainText(passages[0]?.[0].slice(0, 30) ?? '');
  for (const [phrase, key] of passages) {
    await selectWithMouse(page, phrase);
    await page.keyboard.press(key);
    await expect(page.locator('.reader-text mark', { hasText: phrase.slice(0, 20) }).first()).toBeVisible();
  }
}

/** Imports both orders and tags: the Cloud Act claim and the keys in 2024; the keys and the three years in 2025. */
export async function taggedOrders(page: Page): Promise<{ a: string; b: string }> {
  await importOrders(page);
  const a = await documentId(page, '2024');
  const b = await documentId(page, '2025');
  await tag(page, a, [
    [CLOUD_ACT, '1'],
    [KEYS, '4'],
  ]);
  await tag(page, b, [
    [KEYS, '4'],
    [THREE_YEARS, '3'],
  ]);
  return { a, b };
}

export async function openComparison(page: Page, a: string, b: string) {
  await page.goto(`./#/compare/${encodeURIComponent(a)}/${encodeURIComponent(b)}`);
  await expect(page.getByRole('tab', { name: /Arguments/ })).toBeVisible();
}

// Full-text search and argument retrieval from the interface: highlighted snippets with paragraph numbers, a result opened at its paragraph, odd queries.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { seriousViolations } from './axe';
import { downloadedText, exportThroughDialog, FIXTURES, importByPicker, RULING_FIXTURE, selectWithMouse } from './helpers';

const searchField = (page: Page) => page.getByRole('searchbox', { name: /Rechercher dans la bibliothèque|Search the library/ });

async function importTwo(page: Page) {
  await page.goto('./');
  await importByPicker(page, [RULING_FIXTURE, `${FIXTURES}ce-considerant-2020.txt`]);
  await expect(page.locator('.library-table tbody tr')).toHaveCount(2);
}

async function search(page: Page, query: string) {
  await page.keyboard.press('/');
  await expect(searchField(page)).toBeFocused();
  await searchField(page).fill(query);
  await searchField(page).press('Enter');
}

test('a search from the header finds both documents, highlights the hits with paragraph numbers, and opens a result at its paragraph', async ({ page }) => {
  await importTwo(page);
  // Stemming and accents: the plural finds the singular in both rulings.
  await search(page, 'autorisations');
  await expect(page).toHaveURL(/#\/search\?q=autorisations/);
  const documents = page.locator('.search-document');
  await expect(documents).toHaveCount(2);
  await expect(page.locator('.search-hit').first()).toHaveText(/^autoris/i);

  // A phrase: only paragraphs with the exact words in a row, each with its point number.
  await search(page, '"données de santé" Cloud Act');
  await expect(documents).toHaveCount(1);
  const hit = page.locator('.search-hit-link').filter({ hasText: 'demandes des autorités américaines' });
  await expect(hit.locator('.search-hit-where')).toHaveText('pt 4');
  await expect(hit.locator('mark.search-hit')).toContainText(['Cloud', 'Act']);
  expect(await seriousViolations(page)).toEqual([]);

  await hit.click();
  await expect(page).toHaveURL(/#\/doc\/[^/]+\/b\//);
  const block = page.locator('.reader-text [data-block-id].block-flash');
  await expect(block).toContainText('sur le fondement du Cloud Act');
  await expect(block).toBeInViewport();
});

test('accents and case do not matter, and notes are searched too', async ({ page }) => {
  await importTwo(page);
  await search(page, 'CONSEIL ETAT 428451');
  await expect(page.locator('.search-document')).toHaveCount(1);
  await expect(page.locator('.search-hit-where').first()).toHaveText(/Titre et références|Title and details/);
});

test('a query of punctuation only, or of 10,000 characters, gets a message rather than a crash', async ({ page }) => {
  await importTwo(page);
  await search(page, '?*+.()[]{}^$|\\');
  await expect(page.locator('.search-message, .search-count')).toHaveText(/aucun mot|no words/i);
  await search(page, 'le la de');
  await expect(page.locator('.search-message, .search-count')).toHaveText(/mots très courants|very common words/);
  await search(page, 'santé '.repeat(1700));
  await expect(page.getByText(/seuls ses 32 premiers mots|only its first 32 words/)).toBeVisible();
  await expect(page.locator('.search-document')).toHaveCount(2);
  await search(page, '(a+)+$ zzzzqqq');
  await expect(page.locator('.search-message, .search-count')).toHaveText(/Aucun document|No document/);
});

test('argument retrieval lists the passages of a tag across documents, filters them, and opens one in its document', async ({ page }) => {
  await importTwo(page);
  await page.locator('.library-table a', { hasText: '503163' }).click();
  await selectWithMouse(page, 'risque de transfert de données de santé');
  await page.keyboard.press('1');
  await selectWithMouse(page, 'limitée à une durée de trois ans');
  await page.keyboard.press('3');
  await expect(page.locator('.passage-panel .passage-item')).toHaveCount(2);

  await page.getByRole('link', { name: /^Recherche$|^Search$/ }).click();
  await page.getByRole('link', { name: /Arguments par étiquette|Arguments by tag/ }).click();
  await page.getByRole('combobox', { name: /^Étiquette$|^Tag$/ }).selectOption({ index: 1 });
  await expect(page).toHaveURL(/#\/search\?tag=/);
  const items = page.locator('.arguments .search-hit-link');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('risque de transfert de données de santé');
  await expect(items.first().locator('.citation')).toHaveText('CE, juge des référés, 25 avril 2025, n° 503163, pt 4');
  expect(await seriousViolations(page)).toEqual([]);

  // A filter that leaves nothing, then one that keeps the passage.
  await page.getByRole('combobox', { name: /^Juridiction$|^Court$/ }).selectOption({ index: 0 });
  await page.getByLabel(/^Du$|^From$/).fill('2025-05-01');
  await expect(page.locator('.search-message, .search-count')).toHaveText(/Aucun passage|No passage/);
  await page.getByLabel(/^Du$|^From$/).fill('2025-01-01');
  await expect(items).toHaveCount(1);
  await expect(page.getByRole('button', { name: /Comparer|Compare/ })).toBeDisabled();
  // Export opens the export dialog on exactly the passages listed.
  const markdown = await downloadedText(await exportThroughDialog(page, 'Markdown (.md)'));
  expect(markdown).toContain('risque de transfert de données de santé');
  expect(markdown).not.toContain('limitée à une durée de trois ans');

  await items.first().click();
  await expect(page).toHaveURL(/#\/doc\/[^/]+\/p\//);
  await expect(page.locator('mark.passage-flash').first()).toBeInViewport();
});

test('the arguments of a tag follow taggings made after the tag was first listed, and their undo', async ({ page }) => {
  await importTwo(page);
  await page.locator('.library-table a', { hasText: '503163' }).click();
  await selectWithMouse(page, 'risque de transfert de données de santé');
  await page.keyboard.press('1');
  await expect(page.locator('.passage-panel .passage-item')).toHaveCount(1);
  const reader = page.url();

  await page.getByRole('link', { name: /^Recherche$|^Search$/ }).click();
  await page.getByRole('link', { name: /Arguments par étiquette|Arguments by tag/ }).click();
  await page.getByRole('combobox', { name: /^Étiquette$|^Tag$/ }).selectOption({ index: 1 });
  const listed = page.url();
  const items = page.locator('.arguments .search-hit-link');
  await expect(items).toHaveCount(1);

  // Back in the reader: a second passage with the same tag, then that tagging undone.
  await page.goto(reader);
  await selectWithMouse(page, 'limitée à une durée de trois ans');
  await page.keyboard.press('1');
  await expect(page.locator('.passage-panel .passage-item')).toHaveCount(2);
  await page.goto(listed);
  await expect(items).toHaveCount(2);
  await expect(page.locator('.arguments .search-count')).toHaveText(/Passages\s?: 2 · documents\s?: 1/);
  await expect(items.nth(1)).toContainText('limitée à une durée de trois ans');

  await page.goto(reader);
  await expect(page.locator('.passage-panel .passage-item')).toHaveCount(2);
  await page.locator('.reader-text, [contenteditable]').first().click();
  await page.keyboard.press('Control+z');
  await expect(page.locator('.passage-panel .passage-item')).toHaveCount(1);
  await page.goto(listed);
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('risque de transfert de données de santé');
});

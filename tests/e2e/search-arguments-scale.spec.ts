// Argument retrieval on a tag carried by thousands of passages: the count and the first documents at once, then the rest drawn as the list scrolls.
import { test, expect } from './fixtures';
import { manyDocuments, seedLibrary, type SeedPassage } from './librarySeed';

test('a tag with 2,000 passages lists the most recent decisions first, a page at a time, and exports them all', async ({ page }) => {
  const documents = manyDocuments(400);
  const passages: SeedPassage[] = documents.flatMap((doc) => Array.from({ length: 5 }, (_, p) => ({ id: `${doc.id}-p${p}`, docId: doc.id, tagIds: ['tag-cloud-act-risk'] })));
  await seedLibrary(page, documents, passages);
  await page.goto('./#/search?tag=tag-cloud-act-risk');

  await expect(page.locator('.arguments .search-count')).toHaveText(/Passages\s?: 2000 · documents\s?: 400/);
  const newest = [...documents].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title))[0];
  await expect(page.locator('.arguments .search-document h3').first()).toHaveText(newest?.title ?? '');
  await expect(page.locator('.arguments .search-hit-link').first().locator('.citation')).toContainText('pt 1');
  // Not 2,000 rows at once: a page of them, and more as the end of the list comes into view.
  const items = page.locator('.arguments .search-hit-link');
  await expect(items).toHaveCount(100);
  const more = page.getByRole('button', { name: /Afficher plus de passages|Show more passages/ });
  await expect(more).toContainText('1900');
  await more.scrollIntoViewIfNeeded();
  await expect.poll(() => items.count()).toBeGreaterThanOrEqual(200);

  // The export takes every passage listed, not only those drawn.
  await page.getByRole('button', { name: /^Exporter…$|^Export…$/ }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('.export-counts')).toContainText(/2000/);
});

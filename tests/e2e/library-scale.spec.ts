// A library of 5,000 documents: only the rows on screen exist, and the keyboard and the scroll bar reach the last one.
import { test, expect } from './fixtures';
import { manyDocuments, seedLibrary } from './librarySeed';

test('5,000 seeded documents: the list is virtualised, and the last document is reachable by scrolling and by End', async ({ page }) => {
  test.setTimeout(120_000);
  await seedLibrary(page, manyDocuments(5000));
  const grid = page.getByRole('grid');
  await expect(grid).toHaveAttribute('aria-rowcount', '5001');
  await expect(page.getByText('5000 documents')).toBeVisible();
  // Newest import first: n° 05000 on top.
  await expect(page.locator('tr.library-row').first()).toContainText('Décision n° 05000');
  expect(await page.locator('tr.library-row').count()).toBeLessThan(100);

  // Sorted by title A→Z, the last row is n° 05000; the scroll bar takes the page there.
  await page.getByRole('button', { name: 'Titre' }).click();
  await expect(page.locator('tr.library-row').first()).toContainText('Décision n° 00001');
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(page.getByRole('link', { name: 'Décision n° 05000' })).toBeInViewport();
  expect(await page.locator('tr.library-row').count()).toBeLessThan(100);

  // Back to the top with Home, then End from the keyboard selects the last row and shows it; Enter opens it.
  await grid.focus();
  await page.keyboard.press('Home');
  await expect(page.getByRole('link', { name: 'Décision n° 00001' })).toBeInViewport();
  await page.keyboard.press('End');
  await expect(page.locator('tr.library-row.active')).toContainText('Décision n° 05000');
  await expect(page.locator('tr.library-row.active')).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Décision n° 05000');
});

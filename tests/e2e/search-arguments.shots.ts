// Screenshots of a long argument list, in French and English: the top with its count, and the end of what is drawn with its "show more" button (light and dark).
import { test, expect } from './fixtures';
import { manyDocuments, seedLibrary, type SeedPassage } from './librarySeed';

const OUT = 'tests/e2e/.artifacts/screenshots';

for (const lang of ['fr', 'en'] as const) {
  test(`long argument list (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const documents = manyDocuments(300);
    const passages: SeedPassage[] = documents.flatMap((doc) => Array.from({ length: 4 }, (_, p) => ({ id: `${doc.id}-p${p}`, docId: doc.id, tagIds: ['tag-cloud-act-risk'] })));
    await seedLibrary(page, documents, passages);
    await page.locator('.language-switcher select').selectOption(lang);
    await page.goto('./#/search?tag=tag-cloud-act-risk');
    await expect(page.locator('.arguments .search-count')).toHaveText(/1200/);
    await expect(page.locator('.arguments .search-hit-link').first().locator('.citation')).toContainText(/pt 1|para\. 1/);
    await page.screenshot({ path: `${OUT}/${lang}-search-arguments-long.png` });
    // The list grows by itself as its end comes into view; without IntersectionObserver the button stays put, as shot here.
    await page.addInitScript(() => Reflect.deleteProperty(window, 'IntersectionObserver'));
    await page.reload();
    const more = page.locator('.argument-more');
    await more.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${OUT}/${lang}-search-arguments-more.png` });
    await page.locator('.header-tools button').first().click();
    await more.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${OUT}/${lang}-search-arguments-more-dark.png` });
  });
}

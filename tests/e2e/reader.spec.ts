// Reading and tagging a ruling: mouse selection + toolbar, keyboard shortcuts, persistence, export, removal.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { downloadedText, exportThroughDialog, importByPicker, markedTexts, RULING_FIXTURE, selectWithMouse } from './helpers';

const CLOUD_ACT = 'si le risque que des données soient transférées aux autorités américaines en application du Cloud Act ne peut être entièrement exclu';
const NO_ALTERNATIVE = 'aucun prestataire établi dans l\'Union européenne et non soumis au droit d\'un Etat tiers n\'est, à ce jour, en mesure d\'héberger un entrepôt de cette taille';
const THREE_YEARS = 'limitée à une durée de trois ans';
const CITATION = 'CE, juge des référés, 25 avril 2025, n° 503163';

async function openRuling(page: Page) {
  await page.goto('./');
  await importByPicker(page, RULING_FIXTURE);
  await page.locator('.library-table a').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Conseil d.État, juge des référés, 25 avril 2025/);
}

const panelItems = (page: Page) => page.locator('.passage-panel .passage-item');

test('the reader shows one paragraph per block with the legal paragraph numbers', async ({ page }) => {
  await openRuling(page);
  await expect(page.locator('.citation')).toHaveText(CITATION);
  const numbered = page.locator('.reader-text [data-number]');
  await expect(numbered).toHaveCount(8);
  expect(await numbered.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.number))).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  // The number is drawn in the margin, not part of the text the user selects.
  const fifth = page.locator('.reader-text [data-number="5"]');
  await expect(fifth).toHaveText(/^5\. Toutefois/);
  await expect(page.locator('.reader-text')).toHaveAttribute('contenteditable', 'false');
});

test('passages tagged by mouse and toolbar and by keyboard survive a reload and are exported', async ({ page }) => {
  await openRuling(page);

  await selectWithMouse(page, CLOUD_ACT);
  await page.getByRole('toolbar').getByRole('button', { name: /Risque Cloud Act/ }).click();
  await expect(page.getByTestId('notice-success').last()).toContainText('Passage étiqueté « Risque Cloud Act »');
  await expect(page.locator('.reader-text mark')).toHaveText([CLOUD_ACT]);

  await selectWithMouse(page, NO_ALTERNATIVE);
  await page.keyboard.press('2');
  await selectWithMouse(page, THREE_YEARS);
  await page.keyboard.press('3');
  await expect.poll(() => markedTexts(page)).toEqual([CLOUD_ACT, NO_ALTERNATIVE, THREE_YEARS]);
  await expect(panelItems(page)).toHaveCount(3);

  await page.reload();
  await expect.poll(() => markedTexts(page)).toEqual([CLOUD_ACT, NO_ALTERNATIVE, THREE_YEARS]);
  const colours = await page
    .locator('.reader-text mark')
    .evaluateAll((marks) => marks.map((mark) => getComputedStyle(mark).backgroundColor));
  expect(colours).toEqual(['rgb(244, 163, 163)', 'rgb(159, 208, 245)', 'rgb(247, 214, 122)']);
  // The panel lists them in reading order, with their tag and paragraph number.
  await expect(panelItems(page).locator('.tag-chip')).toHaveText(['Risque Cloud Act', 'Absence d’alternative européenne', 'Limitation à trois ans']);
  await expect(panelItems(page).locator('.passage-number')).toHaveText(['pt 5', 'pt 6', 'pt 7']);

  const file = await exportThroughDialog(page, 'Markdown (.md)');
  expect(file.suggestedFilename()).toBe('conseil-d-etat-juge-des-referes-25-avril-2025-n-503163-arguments.md');
  const markdown = await downloadedText(file);
  const section = (heading: string) => markdown.split(`## ${heading}\n`)[1]?.split('\n## ')[0] ?? '';
  expect(markdown).toMatch(/^# Arguments — Conseil d.État, juge des référés, 25 avril 2025, n° 503163\n/);
  expect(markdown.match(/^## .*$/gm)).toEqual(['## Risque Cloud Act', '## Absence d’alternative européenne', '## Limitation à trois ans']);
  // Each quote with its pinpoint citation and the role the passage took from its section.
  expect(section('Risque Cloud Act')).toContain(`> ${CLOUD_ACT}\n\n— ${CITATION}, pt 5 · Motifs de la juridiction\n`);
  expect(section('Absence d’alternative européenne')).toContain(`> ${NO_ALTERNATIVE}\n\n— ${CITATION}, pt 6 · Motifs de la juridiction\n`);
  expect(section('Limitation à trois ans')).toContain(`> ${THREE_YEARS}\n\n— ${CITATION}, pt 7 · Motifs de la juridiction\n`);
});

test('overlapping passages and a second tag on the same passage are both drawn', async ({ page }) => {
  await openRuling(page);
  await selectWithMouse(page, 'en application du Cloud Act ne peut être entièrement exclu');
  await page.keyboard.press('1');
  await selectWithMouse(page, 'Cloud Act ne peut être entièrement exclu, il n\'est pas de nature');
  await page.keyboard.press('3');
  await expect(panelItems(page)).toHaveCount(2);
  // The shared words are one fragment carrying both passages, painted in both colours.
  const shared = page.locator('.reader-text mark', { hasText: /^Cloud Act ne peut être entièrement exclu$/ });
  await expect(shared).toHaveCount(1);
  expect((await shared.getAttribute('data-passage-ids'))?.split(' ')).toHaveLength(2);
  await expect(shared).toHaveCSS('background-image', /linear-gradient/);

  await selectWithMouse(page, 'en application du Cloud Act ne peut être entièrement exclu');
  await page.keyboard.press('2');
  await expect(panelItems(page)).toHaveCount(2);
  await expect(panelItems(page).first().locator('.tag-chip')).toHaveText(['Risque Cloud Act', 'Absence d’alternative européenne']);
});

test('a passage can be found from the panel and removed, and stays removed', async ({ page }) => {
  await openRuling(page);
  await selectWithMouse(page, THREE_YEARS);
  await page.keyboard.press('3');
  await selectWithMouse(page, CLOUD_ACT);
  await page.keyboard.press('1');
  await expect(panelItems(page)).toHaveCount(2);

  // The panel stays in view wherever the text is scrolled.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(page.getByRole('heading', { name: /^Passages/ })).toBeInViewport();
  await page.evaluate(() => window.scrollTo(0, 0));
  await panelItems(page).nth(1).locator('.passage-show').click();
  await expect(page.locator('.reader-text mark', { hasText: THREE_YEARS })).toBeInViewport();
  await expect(page.locator('.reader-text mark', { hasText: THREE_YEARS })).toHaveClass(/passage-flash/);

  await page.getByRole('button', { name: /Supprimer le passage « si le risque/ }).click();
  await expect(panelItems(page)).toHaveCount(1);
  await expect.poll(() => markedTexts(page)).toEqual([THREE_YEARS]);
  await page.reload();
  await expect.poll(() => markedTexts(page)).toEqual([THREE_YEARS]);
  await expect(panelItems(page)).toHaveCount(1);
});

test('a tag key with nothing selected explains what to do, in English too', async ({ page }) => {
  await openRuling(page);
  await page.keyboard.press('1');
  await expect(page.getByTestId('notice-info')).toContainText('Sélectionnez d’abord un passage');
  await page.getByLabel('Langue').selectOption('en');
  await page.keyboard.press('2');
  await expect(page.getByTestId('notice-info').last()).toContainText('Select a passage in the text first');
  await expect(page.getByRole('button', { name: 'Export…' })).toBeVisible();
  await expect(page.locator('.reader-text mark')).toHaveCount(0);
});

// The passage panel in depth: role and stance, filters, a rich-text note that survives a reload, the hover card, suggestions.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { markedTexts, openRuling, selectWithMouse } from './helpers';

const CLOUD_ACT = 'si le risque que des données soient transférées aux autorités américaines en application du Cloud Act ne peut être entièrement exclu';
const THREE_YEARS = 'limitée à une durée de trois ans';
const CLAIM = 'ce versement est irréversible';
const panelItems = (page: Page) => page.locator('.passage-panel .passage-item');

test('role is guessed from the section, role and stance are editable, and the panel filters by tag, role and stance', async ({ page }) => {
  await openRuling(page);
  await selectWithMouse(page, CLAIM);
  await page.keyboard.press('7');
  await selectWithMouse(page, CLOUD_ACT);
  await page.keyboard.press('1');
  await selectWithMouse(page, THREE_YEARS);
  await page.keyboard.press('3');
  await expect(panelItems(page)).toHaveCount(3);
  const roles = panelItems(page).getByLabel('Rôle');
  await expect(roles.nth(0)).toHaveValue('claimant');
  await expect(roles.nth(1)).toHaveValue('reasoning');
  await panelItems(page).nth(1).getByLabel('Sort').selectOption({ label: 'Écarté' });
  await panelItems(page).nth(2).getByLabel('Rôle').selectOption({ label: 'Dispositif' });

  const filters = page.getByRole('group', { name: 'Filtrer les passages' });
  await filters.getByLabel('Sort').selectOption({ label: 'Écarté' });
  await expect(panelItems(page).locator('.passage-quote')).toHaveText([CLOUD_ACT]);
  await expect(filters).toContainText('1 sur 3 affichés');
  await filters.getByLabel('Sort').selectOption({ label: 'Tous' });
  await filters.getByLabel('Rôle').selectOption({ label: 'Dispositif' });
  await expect(panelItems(page).locator('.passage-quote')).toHaveText([THREE_YEARS]);
  await filters.getByLabel('Rôle').selectOption({ label: 'Tous' });
  await filters.getByLabel('Étiquette').selectOption({ label: 'Urgence' });
  await expect(panelItems(page).locator('.passage-quote')).toHaveText([CLAIM]);

  await page.reload();
  await expect(panelItems(page).nth(1).getByLabel('Sort')).toHaveValue('rejected');
  await expect(panelItems(page).nth(2).getByLabel('Rôle')).toHaveValue('operative');
});

test('a rich-text note on a passage and on the document survives a reload, and shows when hovering the highlight', async ({ page }) => {
  await openRuling(page);
  await selectWithMouse(page, THREE_YEARS);
  await page.keyboard.press('3');
  await selectWithMouse(page, CLOUD_ACT);
  await page.keyboard.press('1');
  const item = panelItems(page).filter({ hasText: THREE_YEARS });
  await item.locator('summary').click();
  const note = item.getByRole('textbox', { name: /Note sur le passage/ });
  await note.click();
  await page.keyboard.type('Durée ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('limitée');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' : voir ');
  await item.getByLabel('Lien vers un passage…').selectOption({ index: 1 });
  await expect(note.locator('a')).toHaveAttribute('href', /#\/doc\/.+\/p\/.+/);
  await item.locator('summary').click();
  await expect(item.locator('.note-preview')).toContainText('Durée limitée : voir si le risque');

  const documentNote = page.locator('.document-note');
  await documentNote.locator('summary').click();
  await documentNote.getByRole('textbox', { name: 'Note sur le document' }).click();
  await page.keyboard.type('Ordonnance de rejet ; appel possible.');
  await documentNote.locator('summary').click();

  await page.reload();
  await expect(page.locator('.document-note .note-text')).toHaveText('Ordonnance de rejet ; appel possible.');
  const reloaded = panelItems(page).filter({ hasText: THREE_YEARS });
  await expect(reloaded.locator('.note-preview')).toContainText('Durée limitée');
  await reloaded.locator('summary').click();
  await expect(reloaded.locator('.note-text strong, .note-text .note-bold').first()).toHaveText('limitée');
  // The link in the note takes the reader to the linked passage.
  await page.evaluate(() => window.scrollTo(0, 0));
  await reloaded.locator('.note-text a').click();
  await expect(page.locator('.reader-text mark', { hasText: 'si le risque' }).first()).toHaveClass(/passage-flash/);

  await page.locator('.reader-text mark', { hasText: THREE_YEARS }).hover();
  const card = page.getByRole('tooltip');
  await expect(card).toContainText('Limitation à trois ans');
  await expect(card).toContainText('Durée limitée');
  await expect(page.locator('.reader-text mark', { hasText: THREE_YEARS })).toHaveAttribute('aria-describedby', 'passage-hover-card');
});

test('suggestions for the document are applied only when accepted, one by one or all at once, and one undo takes them back', async ({ page }) => {
  await openRuling(page);
  await page.getByRole('button', { name: 'Suggérer des étiquettes' }).click();
  const panel = page.getByRole('region', { name: 'Suggestions pour le document' });
  await expect(panel.locator('.suggestion-item').first()).toBeVisible();
  await expect(page.locator('.reader-text mark')).toHaveCount(0);
  const cloud = panel.locator('.suggestion-item', { hasText: 'Un tel risque de transfert' }).filter({ hasText: 'Risque Cloud Act' });
  await expect(cloud).toContainText('autorités américaines');
  await cloud.getByRole('button', { name: 'Accepter la suggestion « Risque Cloud Act »' }).click();
  await expect.poll(() => markedTexts(page)).toEqual(['Un tel risque de transfert de données de santé vers les autorités américaines ne peut, en l\'état de l\'instruction, être regardé comme purement hypothétique.']);
  const limit = panel.locator('.suggestion-item').filter({ hasText: 'Limitation à trois ans' });
  await expect(limit.first()).toContainText('trois ans');

  const remaining = await panel.locator('.suggestion-item').count();
  await panel.getByRole('button', { name: /Tout accepter/ }).click();
  await expect(panel.locator('.suggestion-item')).toHaveCount(0);
  await expect(panel).toContainText('Aucune suggestion');
  const tagged = await page.locator('.passage-panel .tag-chip').count();
  expect(tagged).toBe(remaining + 1);
  await page.keyboard.press('Control+z');
  await expect(page.locator('.passage-panel .tag-chip')).toHaveCount(1);
});

test('suggestions for a selection propose only the tags its words trigger', async ({ page }) => {
  await openRuling(page);
  await selectWithMouse(page, THREE_YEARS);
  await page.getByRole('button', { name: 'Suggérer des étiquettes' }).click();
  const panel = page.getByRole('region', { name: 'Suggestions pour la sélection' });
  await expect(panel.locator('.suggestion-item .tag-chip')).toHaveText(['Limitation à trois ans']);
  await panel.getByRole('button', { name: 'Écarter la suggestion « Limitation à trois ans »' }).click();
  await expect(panel).toContainText('Aucune suggestion');
  await expect(page.locator('.reader-text mark')).toHaveCount(0);
});

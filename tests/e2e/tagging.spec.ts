// Every way of tagging (context menu, palette, key after Shift+arrows, multi-paragraph), overlaps, undo and redo.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { clickBefore, markedTexts, openRuling, selectAcrossParagraphs, selectWithMouse } from './helpers';

const CLOUD_ACT = 'si le risque que des données soient transférées aux autorités américaines en application du Cloud Act ne peut être entièrement exclu';
const THREE_YEARS = 'limitée à une durée de trois ans';
const panelItems = (page: Page) => page.locator('.passage-panel .passage-item');
const chips = (page: Page) => panelItems(page).locator('.tag-chip');

test('right-clicking a selection offers the tags, and choosing one tags it', async ({ page }) => {
  await openRuling(page);
  await selectWithMouse(page, THREE_YEARS);
  const mark = await page.evaluate(() => {
    const r = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.click(mark.x, mark.y, { button: 'right' });
  const menu = page.getByRole('menu', { name: 'Étiqueter la sélection' });
  // Nine tags and Copy with citation; no note to open outside a passage.
  await expect(menu.getByRole('menuitem')).toHaveCount(10);
  await expect(menu.getByRole('menuitem', { name: 'Note sur ce passage…' })).toHaveCount(0);
  await menu.getByRole('menuitem', { name: /Étiqueter « Urgence »/ }).click();
  await expect(menu).toBeHidden();
  await expect.poll(() => markedTexts(page)).toEqual([THREE_YEARS]);
  await expect(chips(page)).toHaveText(['Urgence']);
});

test('the context menu copies the selection with its citation, and opens the note of the passage under the pointer', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openRuling(page);
  await selectWithMouse(page, THREE_YEARS);
  await page.keyboard.press('3');
  await expect(chips(page)).toHaveText(['Limitation à trois ans']);
  const rightClickSelection = async () => {
    await selectWithMouse(page, THREE_YEARS);
    const at = await page.evaluate(() => {
      const r = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.click(at.x, at.y, { button: 'right' });
    return page.getByRole('menu', { name: 'Étiqueter la sélection' });
  };

  let menu = await rightClickSelection();
  await menu.getByRole('menuitem', { name: 'Copier avec la citation' }).click();
  await expect(menu).toBeHidden();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain(THREE_YEARS);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('n° 503163, pt 7');

  menu = await rightClickSelection();
  await menu.getByRole('menuitem', { name: 'Note sur ce passage…' }).click();
  const note = panelItems(page).first().locator('.note-text');
  await expect(note).toBeFocused();
  await page.keyboard.type('Durée à rapprocher de 2024.');
  await expect(note).toContainText('Durée à rapprocher de 2024.');
});

test('the command palette tags the selection with the tag whose name is typed', async ({ page }) => {
  await openRuling(page);
  await selectWithMouse(page, CLOUD_ACT);
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Étiqueter la sélection' });
  await palette.getByRole('combobox').fill('souver');
  await expect(palette.getByRole('option')).toHaveText([/^Souveraineté/]);
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect.poll(() => markedTexts(page)).toEqual([CLOUD_ACT]);
  await expect(chips(page)).toHaveText(['Souveraineté']);
  // Ctrl+Shift+P opens it too; Escape closes it without tagging.
  await page.keyboard.press('Control+Shift+P');
  await expect(palette).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();
  await expect(panelItems(page)).toHaveCount(1);
});

test('a passage selected with Shift+arrows is tagged by its key', async ({ page }) => {
  await openRuling(page);
  await clickBefore(page, THREE_YEARS);
  for (let i = 0; i < THREE_YEARS.length; i++) await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(THREE_YEARS);
  await page.keyboard.press('3');
  await expect.poll(() => markedTexts(page)).toEqual([THREE_YEARS]);
  await expect(chips(page)).toHaveText(['Limitation à trois ans']);
});

test('a selection across two paragraphs becomes one passage drawn in both', async ({ page }) => {
  await openRuling(page);
  await selectAcrossParagraphs(page, 'Dans ces conditions, si le risque', 'En deuxième lieu');
  await page.keyboard.press('1');
  await expect(panelItems(page)).toHaveCount(1);
  const marks = page.locator('.reader-text mark');
  await expect(marks).toHaveCount(2);
  await expect(marks.first()).toHaveText(/^Dans ces conditions, si le risque.*délibération contestée\.$/);
  await expect(marks.last()).toHaveText('6. En deuxième lieu');
  await expect(panelItems(page).locator('.passage-number')).toHaveText(['pt 5']);
});

test('three overlapping passages are drawn as fragments carrying each of them', async ({ page }) => {
  await openRuling(page);
  await selectWithMouse(page, 'risque que des données soient transférées aux autorités américaines');
  await page.keyboard.press('1');
  await selectWithMouse(page, 'données soient transférées aux autorités américaines en application du Cloud Act');
  await page.keyboard.press('8');
  await selectWithMouse(page, 'transférées aux autorités');
  await page.keyboard.press('9');
  await expect(panelItems(page)).toHaveCount(3);
  const innermost = page.locator('.reader-text mark', { hasText: /^transférées aux autorités$/ });
  await expect(innermost).toHaveCount(1);
  expect((await innermost.getAttribute('data-passage-ids'))?.split(' ')).toHaveLength(3);
  await expect(innermost).toHaveCSS('background-image', /linear-gradient/);
  await page.reload();
  await expect(panelItems(page)).toHaveCount(3);
  await expect(page.locator('.reader-text mark', { hasText: /^transférées aux autorités$/ })).toHaveCount(1);
});

test('Ctrl+Z and Ctrl+Shift+Z undo and redo tagging, untagging and removal', async ({ page }) => {
  await openRuling(page);
  await selectWithMouse(page, THREE_YEARS);
  await page.keyboard.press('3');
  await expect.poll(() => markedTexts(page)).toEqual([THREE_YEARS]);
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('notice-success').last()).toContainText('Annulé : étiquetage.');
  await expect(page.locator('.reader-text mark')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+Z');
  await expect.poll(() => markedTexts(page)).toEqual([THREE_YEARS]);

  // Add a second tag from the panel, remove the first: the passage keeps the second.
  await panelItems(page).getByRole('button', { name: 'Ajouter une étiquette' }).click();
  await panelItems(page).getByRole('combobox', { name: 'Ajouter une étiquette' }).selectOption({ label: 'Urgence' });
  await expect(chips(page)).toHaveText(['Limitation à trois ans', 'Urgence']);
  await panelItems(page).getByRole('button', { name: 'Retirer l’étiquette « Limitation à trois ans » de ce passage' }).click();
  await expect(chips(page)).toHaveText(['Urgence']);
  await panelItems(page).getByRole('button', { name: 'Remplacer l’étiquette « Urgence » par une autre' }).click();
  await panelItems(page).getByRole('combobox', { name: 'Remplacer l’étiquette « Urgence » par une autre' }).selectOption({ label: 'Souveraineté' });
  await expect(chips(page)).toHaveText(['Souveraineté']);
  await page.keyboard.press('Control+z');
  await expect(chips(page)).toHaveText(['Urgence']);
  await page.keyboard.press('Control+z');
  await expect(chips(page)).toHaveText(['Limitation à trois ans', 'Urgence']);

  await page.getByRole('button', { name: /Supprimer le passage « limitée à une durée/ }).click();
  await expect(panelItems(page)).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(panelItems(page)).toHaveCount(1);
  await page.reload();
  await expect(chips(page)).toHaveText(['Limitation à trois ans', 'Urgence']);
});

test('a selection made while the last tagging is being saved survives the save, and its key tags it', async ({ page }) => {
  const NEXT = 'En deuxième lieu';
  await openRuling(page);
  await selectWithMouse(page, THREE_YEARS);
  // A quick reader selects the next phrase as soon as the key is handled, before the database has answered.
  await page.evaluate((phrase) => {
    window.addEventListener(
      'keydown',
      () =>
        setTimeout(() => {
          const paragraph = Array.from(document.querySelectorAll('.reader-text [data-block-id]')).find((p) => p.textContent?.includes(phrase));
          const walker = document.createTreeWalker(paragraph!, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.textContent?.indexOf(phrase) ?? -1;
            if (at >= 0) return window.getSelection()?.setBaseAndExtent(node, at, node, at + phrase.length);
          }
        }, 0),
      { capture: true, once: true },
    );
  }, NEXT);
  await page.keyboard.press('3');
  await expect.poll(() => markedTexts(page)).toEqual([THREE_YEARS]);
  // Saved: the confirmation comes after the database write.
  await expect(page.getByText('Passage étiqueté « Limitation à trois ans ».')).toBeVisible();
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(NEXT);
  await page.keyboard.press('7');
  await expect.poll(() => markedTexts(page)).toEqual([NEXT, THREE_YEARS]);
});

test('Ctrl+C copies exactly the selected words, across the edge of a highlight', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openRuling(page);
  await selectWithMouse(page, THREE_YEARS);
  await page.keyboard.press('3');
  await expect.poll(() => markedTexts(page)).toEqual([THREE_YEARS]);
  // Starts in plain text and ends inside the mark.
  const phrase = 'contestée est limitée à une durée';
  await selectWithMouse(page, phrase);
  await page.keyboard.press('Control+c');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(phrase);
  // The same selection, tagged, becomes a passage of exactly those words.
  await page.keyboard.press('1');
  await expect(page.locator('.passage-panel .passage-item', { hasText: phrase })).toHaveCount(1);
});

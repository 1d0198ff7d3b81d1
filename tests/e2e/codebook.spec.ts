// The codebook manager: the nine defaults, create, edit, refusals, reorder, nest, merge, delete, and the .qdc round trip.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { downloadedText, FIXTURES, markedTexts, openRuling, selectWithMouse } from './helpers';

const THREE_YEARS = 'limitée à une durée de trois ans';
const CLAIM = 'ce versement est irréversible';
const rows = (page: Page) => page.locator('.codebook-row');
const names = (page: Page) => rows(page).locator('.codebook-name');
const DEFAULTS_FR = [
  'Risque Cloud Act',
  'Absence d’alternative européenne',
  'Limitation à trois ans',
  'Pseudonymisation',
  'Certification HDS',
  'Intérêt public',
  'Urgence',
  'Souveraineté',
  'Garanties de sécurité',
];

async function openCodebook(page: Page) {
  await page.getByRole('link', { name: /Grille de codage|Codebook/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Grille de codage|Codebook/);
}

async function importQdc(page: Page, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /Importer un .qdc…|Import .qdc…/ }).click();
  await (await chooser).setFiles(file);
}

test('the nine default tags are listed in the interface language with keys 1 to 9', async ({ page }) => {
  await page.goto('./');
  await openCodebook(page);
  await expect(names(page)).toHaveText(DEFAULTS_FR);
  await expect(rows(page).locator('.tag-key')).toHaveText(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
  await page.getByLabel('Langue').selectOption('en');
  await expect(names(page)).toHaveText([
    'CLOUD Act risk',
    'Lack of European alternatives',
    'Three-year limit',
    'Pseudonymisation',
    'HDS certification',
    'Public interest',
    'Urgency',
    'Sovereignty',
    'Security safeguards',
  ]);
});

test('a tag is created, described, given a free key and nested; a duplicate name and a used key are refused', async ({ page }) => {
  await page.goto('./');
  await openCodebook(page);
  await page.getByRole('button', { name: 'Nouvelle étiquette' }).click();
  const form = page.locator('.tag-form');
  await form.getByLabel('Nom').fill('urgence');
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(form.getByRole('alert')).toHaveText('Une étiquette s’appelle déjà « Urgence ». Choisissez un autre nom, ou fusionnez les deux étiquettes.');
  await expect(rows(page)).toHaveCount(9);

  await form.getByLabel('Nom').fill('Proportionnalité');
  await form.getByLabel('Touche de raccourci').selectOption('3');
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(form.getByRole('alert')).toContainText('La touche 3 applique déjà « Limitation à trois ans »');
  await expect(rows(page)).toHaveCount(9);

  await page.getByRole('button', { name: 'Modifier l’étiquette « Limitation à trois ans »' }).click();
  await form.getByLabel('Touche de raccourci').selectOption('');
  await form.getByLabel('Définition').fill('La durée de l’autorisation est bornée.');
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(rows(page).filter({ hasText: 'Limitation à trois ans' }).locator('.tag-key')).toHaveCount(0);

  await page.getByRole('button', { name: 'Nouvelle étiquette' }).click();
  await form.getByLabel('Nom').fill('Proportionnalité');
  await form.getByLabel('Touche de raccourci').selectOption('3');
  await form.getByLabel('Sous').selectOption({ label: 'Intérêt public' });
  await form.getByLabel('Contre-exemple').fill('Une mesure purement formelle.');
  await form.getByRole('radio', { name: 'Couleur 5' }).check();
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByTestId('notice-success').last()).toContainText('L’étiquette « Proportionnalité » a été créée.');
  // Nested right under its parent, and shown with the definition of the tag edited before.
  await expect(names(page)).toHaveText([...DEFAULTS_FR.slice(0, 6), 'Proportionnalité', ...DEFAULTS_FR.slice(6)]);
  await expect(rows(page).filter({ hasText: 'Limitation à trois ans' })).toContainText('La durée de l’autorisation est bornée.');

  // The new key works in the reader, and the tag is in the toolbar.
  await page.goto('./');
  await openRuling(page);
  await selectWithMouse(page, THREE_YEARS);
  await page.keyboard.press('3');
  await expect(page.locator('.passage-panel .tag-chip')).toHaveText(['Proportionnalité']);
  await expect(page.locator('.reader-text mark')).toHaveCSS('background-color', 'rgb(217, 191, 242)');
});

test('renaming and reordering a tag; the new name shows everywhere and stays after a reload', async ({ page }) => {
  await page.goto('./');
  await openCodebook(page);
  await page.getByRole('button', { name: 'Descendre « Risque Cloud Act »' }).click();
  await expect(names(page).first()).toHaveText('Absence d’alternative européenne');
  await page.getByRole('button', { name: 'Modifier l’étiquette « Risque Cloud Act »' }).click();
  await page.locator('.tag-form').getByLabel('Nom').fill('Transferts vers les États-Unis');
  await page.locator('.tag-form').getByRole('button', { name: 'Enregistrer' }).click();
  await page.reload();
  await expect(names(page).nth(1)).toHaveText('Transferts vers les États-Unis');
  await page.getByLabel('Langue').selectOption('en');
  await expect(names(page).nth(1)).toHaveText('Transferts vers les États-Unis');
});

test('merging two tags moves their passages, and deleting a tag in use asks first and says how many passages it affects', async ({ page }) => {
  await openRuling(page);
  await selectWithMouse(page, THREE_YEARS);
  await page.keyboard.press('3');
  await selectWithMouse(page, CLAIM);
  await page.keyboard.press('7');
  await selectWithMouse(page, 'il existe un doute sérieux');
  await page.keyboard.press('7');
  await selectWithMouse(page, 'il existe un doute sérieux');
  await page.keyboard.press('3');
  await openCodebook(page);
  await expect(rows(page).filter({ hasText: 'Urgence' }).locator('.codebook-usage')).toHaveText('2 passage(s)');

  await page.getByRole('button', { name: 'Fusionner l’étiquette « Limitation à trois ans » dans une autre' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('Ses 2 passage(s) porteront l’étiquette choisie');
  await dialog.getByLabel('Fusionner dans').selectOption({ label: 'Urgence' });
  await dialog.getByRole('button', { name: 'Fusionner' }).click();
  await expect(names(page)).not.toContainText(['Limitation à trois ans']);
  await expect(rows(page).filter({ hasText: 'Urgence' }).locator('.codebook-usage')).toHaveText('3 passage(s)');

  await page.getByRole('button', { name: 'Supprimer l’étiquette « Urgence »' }).click();
  await expect(dialog).toContainText('Elle est posée sur 3 passage(s)');
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  await expect(rows(page)).toHaveCount(8);
  await page.getByRole('button', { name: 'Supprimer l’étiquette « Urgence »' }).click();
  await dialog.getByRole('button', { name: 'Supprimer l’étiquette' }).click();
  await expect(rows(page)).toHaveCount(7);

  // Undo brings the tag and its passages back; a second undo reverses the merge.
  await page.keyboard.press('Control+z');
  await expect(rows(page).filter({ hasText: 'Urgence' }).locator('.codebook-usage')).toHaveText('3 passage(s)');
  await page.keyboard.press('Control+z');
  await expect(rows(page).filter({ hasText: 'Limitation à trois ans' }).locator('.codebook-usage')).toHaveText('2 passage(s)');
  await page.goBack();
  await expect.poll(() => markedTexts(page)).toEqual([CLAIM, 'il existe un doute sérieux', THREE_YEARS]);
});

test('the codebook travels through .qdc: export, re-import, and a hand-written file in the standard’s shape', async ({ page }) => {
  await page.goto('./');
  await openCodebook(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter en .qdc' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('glose-codebook.qdc');
  const xml = await downloadedText(file);
  expect(xml).toContain('<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Glose">');
  expect(xml).toMatch(/<Code guid="[0-9a-f-]{36}" name="Risque Cloud Act" isCodable="true" color="#F4A3A3">/);
  expect(xml).toContain('Trigger words: Cloud Act; FISA; autorités américaines');
  expect(xml.match(/<Code /g)).toHaveLength(9);

  // Re-importing what was exported changes nothing.
  const exported = await file.path();
  await importQdc(page, exported);
  await expect(page.getByTestId('notice-success').last()).toContainText('0 nouvelle(s) étiquette(s), 9 mise(s) à jour');
  await expect(names(page)).toHaveText(DEFAULTS_FR);

  await importQdc(page, `${FIXTURES}codebook-hand-written.qdc`);
  await expect(page.getByTestId('notice-success').last()).toContainText('« codebook-hand-written.qdc » a été importé : 3 nouvelle(s) étiquette(s)');
  await expect(names(page)).toHaveText([...DEFAULTS_FR, 'Proportionnalité', 'Nécessité', 'Transferts hors UE']);
  const child = rows(page).filter({ hasText: 'Nécessité' });
  const parentIndent = await rows(page).filter({ hasText: 'Proportionnalité' }).evaluate((el) => parseFloat(getComputedStyle(el).paddingLeft));
  expect(await child.evaluate((el) => parseFloat(getComputedStyle(el).paddingLeft))).toBeGreaterThan(parentIndent);
  await page.getByRole('button', { name: 'Modifier l’étiquette « Transferts hors UE »' }).click();
  await expect(page.locator('.tag-form').getByLabel('Mots déclencheurs (un par ligne)')).toHaveValue('transfert\npays tiers');
});

test('an invalid .qdc is refused with a message and the codebook stays as it was', async ({ page }) => {
  await page.goto('./');
  await openCodebook(page);
  await importQdc(page, `${FIXTURES}codebook-bad-colour.qdc`);
  await expect(page.getByTestId('notice-error')).toContainText('La couleur de « Sans couleur valide » dans « codebook-bad-colour.qdc » n’est pas au format #RRVVBB');
  await importQdc(page, `${FIXTURES}ce-ordonnance-health-data.txt`);
  await expect(page.getByTestId('notice-error').last()).toContainText('n’est pas un fichier XML lisible');
  await expect(names(page)).toHaveText(DEFAULTS_FR);
  await page.getByLabel('Langue').selectOption('en');
  await importQdc(page, `${FIXTURES}codebook-bad-colour.qdc`);
  await expect(page.getByTestId('notice-error').last()).toContainText('is not a #RRGGBB colour');
});

// The same ruling imported again: skip it, or make the corrected file a new version whose passages are re-anchored and reviewed.
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import { downloadedText, exportThroughDialog, importByPicker, RULING_FIXTURE, selectWithMouse } from './helpers';
import { CHANGED_PASSAGE, DELETED_PASSAGE, KEPT_PASSAGE, revisedOrder } from '../fixtures/revisedOrder';

const rows = (page: Page) => page.locator('.library-table tbody tr');
const conflict = (page: Page) => page.getByRole('dialog', { name: 'Ce document est peut-être déjà dans votre bibliothèque' });

async function importRulingAndTag(page: Page) {
  await page.goto('./');
  await importByPicker(page, RULING_FIXTURE);
  await rows(page).first().getByRole('link').click();
  for (const [quote, key] of [[CHANGED_PASSAGE, '1'], [KEPT_PASSAGE, '2'], [DELETED_PASSAGE, '3']] as const) {
    await selectWithMouse(page, quote);
    await page.keyboard.press(key);
  }
  await expect(page.locator('.passage-panel .passage-item')).toHaveCount(3);
  await page.getByRole('link', { name: 'Retour à la bibliothèque' }).click();
}

test('a corrected ruling becomes a new version: passages anchored, drifted or orphan, listed for review, none dropped', async ({ page }) => {
  await importRulingAndTag(page);
  const revised = revisedOrder(await readFile(RULING_FIXTURE, 'utf8'));
  await importByPicker(page, { name: 'ordonnance-corrigee.txt', mimeType: 'text/plain', buffer: Buffer.from(revised) });

  await expect(conflict(page)).toContainText('« ordonnance-corrigee.txt » a le même ECLI que « Conseil d’État, juge des référés, 25 avril 2025, n° 503163 »'.replace('’', "'"));
  await conflict(page).getByRole('button', { name: /Importer comme nouvelle version/ }).click();
  await expect(page.getByTestId('notice-success').last()).toContainText(
    'passe à la version 2. Passages retrouvés à l’identique : 1 ; dont le texte a changé : 1 ; introuvables : 1.',
  );
  await expect(rows(page)).toHaveCount(1);
  // Three passages, two of them to review: the library says so before the document is opened.
  await expect(rows(page).first().locator('td').last()).toHaveText(/^3/);
  await expect(rows(page).first().locator('.to-review')).toHaveText('2 à vérifier');

  await rows(page).first().getByRole('link').click();
  await expect(page.locator('.reader-text')).toContainText('Par un nouveau mémoire, enregistré le 22 avril 2025');
  const review = page.getByTestId('review-panel');
  await expect(review.getByRole('heading')).toContainText('Passages à vérifier après la nouvelle version (2)');
  const drifted = review.locator('.review-drifted');
  await expect(drifted).toContainText('Texte modifié');
  await expect(drifted.locator('q')).toContainText('ne peut être totalement exclu');
  await expect(drifted).toContainText(`Avant : « ${CHANGED_PASSAGE} »`);
  const orphan = review.locator('.review-orphan');
  await expect(orphan).toContainText('Introuvable dans la nouvelle version');
  await expect(orphan.locator('q')).toHaveText(DELETED_PASSAGE);
  await expect(page.locator('.reader-text mark', { hasText: 'totalement exclu' })).toHaveCount(1);
  await expect(page.locator('.reader-text mark', { hasText: KEPT_PASSAGE.slice(0, 40) })).toHaveCount(1);

  // The user checks the changed passage; the orphan stays until they remove it.
  await drifted.getByRole('button', { name: 'Marquer comme vérifié' }).click();
  await expect(review.locator('.review-item')).toHaveCount(1);
  await page.reload();
  await expect(page.getByTestId('review-panel').locator('.review-orphan q')).toHaveText(DELETED_PASSAGE);
  await page.getByTestId('review-panel').getByRole('button', { name: 'Supprimer' }).click();
  await expect(page.getByTestId('review-panel')).toHaveCount(0);
  await expect(page.locator('.passage-panel .passage-item')).toHaveCount(2);
});

test('the same file imported again can be skipped, or kept as a separate document', async ({ page }) => {
  await page.goto('./');
  await importByPicker(page, RULING_FIXTURE);
  await expect(rows(page)).toHaveCount(1);

  await importByPicker(page, RULING_FIXTURE);
  await expect(conflict(page)).toContainText('a exactement le même texte que');
  await conflict(page).getByRole('button', { name: 'Ignorer ce fichier' }).click();
  await expect(page.getByTestId('notice-info')).toContainText('déjà dans votre bibliothèque');
  await expect(rows(page)).toHaveCount(1);

  await importByPicker(page, RULING_FIXTURE);
  await conflict(page).getByRole('button', { name: 'Importer comme document distinct' }).click();
  await expect(rows(page)).toHaveCount(2);
});

test('the metadata form shows every detected field; corrections are saved and used in the citation and the export', async ({ page }) => {
  await page.goto('./');
  await importByPicker(page, RULING_FIXTURE);
  await rows(page).first().getByRole('link').click();
  await page.getByRole('button', { name: 'Détails…' }).click();
  const form = page.getByRole('dialog', { name: 'Détails du document' });
  await expect(form.getByLabel('Juridiction')).toHaveValue("Conseil d'État");
  await expect(form.getByLabel('Formation')).toHaveValue('juge des référés');
  await expect(form.getByLabel('Date de la décision')).toHaveValue('2025-04-25');
  await expect(form.getByLabel('Numéro(s) d’affaire')).toHaveValue('503163');
  await expect(form.getByLabel('ECLI')).toHaveValue('ECLI:FR:CEORD:2025:503163.20250425');
  await expect(form.getByLabel('Nature de la décision')).toHaveValue('ordonnance');
  await expect(form.getByLabel('Publication')).toHaveValue('Inédit au recueil Lebon');

  await form.getByLabel('Date de la décision').fill('25 avril');
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(form.getByRole('alert')).toContainText('AAAA-MM-JJ');
  await form.getByLabel('Date de la décision').fill('2025-04-26');
  await form.getByLabel('Numéro(s) d’affaire').fill('503163, 503164');
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(form).toHaveCount(0);
  await expect(page.locator('.citation')).toHaveText('CE, juge des référés, 26 avril 2025, n° 503163, 503164');

  await page.reload();
  await expect(page.locator('.citation')).toHaveText('CE, juge des référés, 26 avril 2025, n° 503163, 503164');
  await selectWithMouse(page, 'limitée à une durée de trois ans');
  await page.keyboard.press('3');
  expect(await downloadedText(await exportThroughDialog(page, 'Markdown (.md)'))).toContain('CE, juge des référés, 26 avril 2025, n° 503163, 503164, pt 7');
});

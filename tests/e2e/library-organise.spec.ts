// Organising the library: sort and filter (kept after a reload), dossiers, renaming, delete with undo, 5,000 documents.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { seriousViolations } from './axe';
import { seedLibrary, type SeedDocument } from './librarySeed';

const rows = (page: Page) => page.locator('.library-table tbody tr.library-row');
const titles = (page: Page) => rows(page).locator('td.title-cell a');
const grid = (page: Page) => page.getByRole('grid');

const DOCS: SeedDocument[] = [
  { id: 'ce', title: 'CE, juge des référés, 25 avril 2025, n° 503163', court: 'Conseil d’État', date: '2025-04-25', caseNumber: '503163', importedAt: Date.UTC(2026, 0, 5) },
  { id: 'ta', title: 'TA Paris, 12 mars 2024, n° 2401234', court: 'Tribunal administratif de Paris', date: '2024-03-12', importedAt: Date.UTC(2026, 0, 7) },
  { id: 'art', title: 'Le CLOUD Act et les données de santé', kind: 'article', importedAt: Date.UTC(2026, 0, 6) },
  { id: 'caa', title: 'CAA Lyon, 2023, n° 22LY01234', court: 'Cour administrative d’appel de Lyon', date: '2023-11-02', importedAt: Date.UTC(2026, 0, 4) },
];
const PASSAGES = [
  { id: 'p-ce', docId: 'ce', tagIds: ['tag-cloud-act-risk'] },
  { id: 'p-ce2', docId: 'ce', tagIds: ['tag-urgency'] },
  { id: 'p-caa', docId: 'caa', tagIds: ['tag-cloud-act-risk'] },
];

test.beforeEach(async ({ page }) => {
  await seedLibrary(page, DOCS, PASSAGES);
  await expect(rows(page)).toHaveCount(4);
});

test('sorting by a column and filtering narrow the list, and both are still there after a reload', async ({ page }) => {
  // Default: newest import first.
  await expect(titles(page)).toHaveText([/^TA Paris/, /^Le CLOUD Act/, /^CE,/, /^CAA Lyon/]);
  await page.getByRole('button', { name: 'Date de la décision' }).click();
  await expect(titles(page)).toHaveText([/^CE,/, /^TA Paris/, /^CAA Lyon/, /^Le CLOUD Act/]);
  await expect(page.getByRole('columnheader', { name: /Date de la décision/ })).toHaveAttribute('aria-sort', 'descending');
  await page.getByRole('button', { name: 'Date de la décision' }).click();
  await expect(titles(page)).toHaveText([/^CAA Lyon/, /^TA Paris/, /^CE,/, /^Le CLOUD Act/]);
  await page.getByRole('button', { name: 'Juridiction' }).click();
  await expect(titles(page)).toHaveText([/^CE,/, /^CAA Lyon/, /^TA Paris/, /^Le CLOUD Act/]);

  await page.getByRole('combobox', { name: 'Type' }).selectOption('article');
  await expect(titles(page)).toHaveText([/^Le CLOUD Act/]);
  await expect(page.getByText('1 documents sur 4')).toBeVisible();
  await page.getByRole('combobox', { name: 'Type' }).selectOption('');
  await page.getByRole('combobox', { name: 'Étiquette' }).selectOption({ label: 'Risque Cloud Act' });
  await expect(titles(page)).toHaveText([/^CE,/, /^CAA Lyon/]);
  await page.getByLabel('Décision rendue à partir du').fill('2025-01-01');
  await expect(titles(page)).toHaveText([/^CE,/]);

  await page.reload();
  await expect(titles(page)).toHaveText([/^CE,/]);
  await expect(page.getByRole('combobox', { name: 'Étiquette' })).toHaveValue('tag-cloud-act-risk');
  await page.getByRole('button', { name: 'Réinitialiser les filtres' }).click();
  await expect(titles(page)).toHaveText([/^CE,/, /^CAA Lyon/, /^TA Paris/, /^Le CLOUD Act/]);
  await page.getByLabel('Titre, juridiction ou numéro').fill('2401234');
  await expect(titles(page)).toHaveText([/^TA Paris/]);
  await page.getByLabel('Titre, juridiction ou numéro').fill('aucun.*[(');
  await expect(page.getByText('Aucun document ne correspond à ces filtres.')).toBeVisible();
});

test('a dossier is created, documents are added to it and it filters the list; bad names are refused', async ({ page }) => {
  const sidebar = page.getByRole('navigation', { name: 'Dossiers' });
  await sidebar.getByRole('button', { name: 'Nouveau dossier' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Créer' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Donnez un nom au dossier.');
  await dialog.getByLabel('Nom').fill('Health Data Hub');
  await dialog.getByRole('button', { name: 'Créer' }).click();
  await expect(dialog).toBeHidden();
  // The new dossier is shown, empty.
  await expect(page.getByText('Ce dossier est vide.')).toBeVisible();
  await sidebar.getByRole('button', { name: /Tous les documents/ }).click();

  await page.getByRole('checkbox', { name: /Sélectionner « CE,/ }).check();
  await page.getByRole('checkbox', { name: /Sélectionner « TA Paris/ }).check();
  await expect(page.getByText('2 sélectionné(s)')).toBeVisible();
  await page.getByRole('toolbar').getByRole('combobox').selectOption({ label: 'Health Data Hub' });
  await expect(page.getByTestId('notice-success').last()).toContainText('2 document(s) ajouté(s) à « Health Data Hub »');
  await expect(sidebar.getByRole('button', { name: /^Health Data Hub/ })).toContainText('2');

  await sidebar.getByRole('button', { name: /^Health Data Hub/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Health Data Hub');
  await expect(titles(page)).toHaveText([/^TA Paris/, /^CE,/]);

  // A second dossier with the same name, whatever its case, is refused.
  await sidebar.getByRole('button', { name: 'Nouveau dossier' }).click();
  await page.getByRole('dialog').getByLabel('Nom').fill('health data HUB');
  await page.getByRole('dialog').getByRole('button', { name: 'Créer' }).click();
  await expect(page.getByRole('dialog').getByRole('alert')).toContainText('Un dossier « Health Data Hub » existe déjà');
  await page.getByRole('dialog').getByRole('button', { name: 'Annuler' }).click();

  // Renamed, then deleted: the documents stay.
  await sidebar.getByRole('button', { name: 'Renommer le dossier Health Data Hub' }).click();
  await page.getByRole('dialog').getByLabel('Nom').fill('HDH – référé 2025');
  await page.getByRole('dialog').getByRole('button', { name: 'Renommer' }).click();
  await expect(sidebar.getByRole('button', { name: /^HDH – référé 2025/ })).toBeVisible();
  await page.reload();
  await expect(titles(page)).toHaveText([/^TA Paris/, /^CE,/]);
  await sidebar.getByRole('button', { name: 'Supprimer le dossier HDH – référé 2025' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Supprimer le dossier' }).click();
  await expect(rows(page)).toHaveCount(4);
  await expect(sidebar.getByText(/HDH/)).toHaveCount(0);
});

test('a document is renamed and filed in a dossier from the library’s details dialog', async ({ page }) => {
  await page.getByRole('navigation', { name: 'Dossiers' }).getByRole('button', { name: 'Nouveau dossier' }).click();
  await page.getByRole('dialog').getByLabel('Nom').fill('DARWIN EU');
  await page.getByRole('dialog').getByRole('button', { name: 'Créer' }).click();
  await page.getByRole('navigation', { name: 'Dossiers' }).getByRole('button', { name: /Tous les documents/ }).click();

  await rows(page).filter({ hasText: 'CAA Lyon' }).locator('td').nth(1).click();
  await page.getByRole('button', { name: 'Renommer ou modifier les détails…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Titre').fill('CAA Lyon, 2 novembre 2023, DARWIN EU');
  await dialog.getByRole('checkbox', { name: 'DARWIN EU' }).check();
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog).toBeHidden();
  const row = rows(page).filter({ hasText: 'CAA Lyon, 2 novembre 2023, DARWIN EU' });
  await expect(row.locator('.dossier-chip')).toHaveText('DARWIN EU');
  await page.reload();
  await expect(titles(page).filter({ hasText: 'CAA Lyon, 2 novembre 2023, DARWIN EU' })).toHaveCount(1);
});

test('deleting a tagged document asks first, and Undo brings it back with its text and passages', async ({ page }) => {
  await rows(page).filter({ hasText: 'CE, juge' }).locator('td').nth(1).click();
  await page.getByRole('button', { name: 'Supprimer (1)' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading')).toHaveText('Supprimer « CE, juge des référés, 25 avril 2025, n° 503163 » ?');
  await expect(dialog).toContainText('2 passages étiquetés');
  await dialog.getByRole('button', { name: 'Supprimer' }).click();
  await expect(rows(page)).toHaveCount(3);
  const notice = page.getByTestId('notice-info');
  await expect(notice).toContainText('a été supprimé (2 passages)');
  await notice.getByRole('button', { name: 'Annuler' }).click();
  await expect(rows(page)).toHaveCount(4);
  await expect(page.getByTestId('notice-success').last()).toContainText('Rétabli');
  await expect(rows(page).filter({ hasText: 'CE, juge' }).locator('td').last()).toHaveText('2');
  await titles(page).filter({ hasText: 'CE, juge' }).click();
  await expect(page.locator('.reader-text')).toContainText('Le juge des référés statue');
  await expect(page.locator('mark[data-passage-ids]').first()).toBeVisible();
});

test('deleting with the keyboard, several at once, is final once the notice is gone', async ({ page }) => {
  await grid(page).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(page.getByText('2 sélectionné(s)')).toBeVisible();
  // TA Paris and the article carry no passage: no question, the notice offers Undo.
  await page.keyboard.press('Delete');
  await expect(rows(page)).toHaveCount(2);
  await expect(page.getByTestId('notice-info')).toContainText('2 documents ont été supprimés (0 passages)');
  await page.getByTestId('notice-info').getByRole('button', { name: 'Fermer' }).click();
  await page.reload();
  await expect(titles(page)).toHaveText([/^CE,/, /^CAA Lyon/]);
});

test('a document deleted while it is open in another window shows a clear message there', async ({ page, context }) => {
  const reader = await context.newPage();
  await reader.goto('./#/doc/art');
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Le CLOUD Act et les données de santé');
  await rows(page).filter({ hasText: 'Le CLOUD Act' }).locator('td').nth(1).click();
  await grid(page).press('Delete');
  await expect(rows(page)).toHaveCount(3);
  await expect(reader.getByText('Ce document n’est plus dans la bibliothèque.')).toBeVisible();
  await reader.getByRole('button', { name: 'Retour à la bibliothèque' }).click();
  await expect(reader.locator('.library-table tbody tr.library-row')).toHaveCount(3);
});

test('the library with its sidebar, filters and selection has no serious accessibility problem', async ({ page }) => {
  await page.getByRole('checkbox', { name: /Sélectionner « CE,/ }).check();
  expect(await seriousViolations(page)).toEqual([]);
});

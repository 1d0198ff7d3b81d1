// Importing each format in the web edition, several files at once with a summary, paste, and bad archives.
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import { FIXTURES, importButton } from './helpers';
import { caaRulingDocx, caaRulingOdt } from '../fixtures/officeFixtures';

const rows = (page: Page) => page.locator('.library-table tbody tr');
const CAA_TITLE = "Cour administrative d'appel de Paris, 3ème chambre, 18 juin 2024, n° 23PA01234";
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const ODT = 'application/vnd.oasis.opendocument.text';

type Upload = { name: string; mimeType: string; buffer: Buffer };

async function pick(page: Page, files: Upload[]) {
  const chooser = page.waitForEvent('filechooser');
  await importButton(page).click();
  await (await chooser).setFiles(files);
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Bibliothèque' })).toBeVisible();
});

for (const [format, make, mimeType] of [
  ['docx', caaRulingDocx, DOCX],
  ['odt', () => caaRulingOdt(), ODT],
] as const) {
  test(`a ${format.toUpperCase()} judgment is imported with its metadata, numbered points and footnote`, async ({ page }) => {
    await pick(page, [{ name: `caa-paris.${format}`, mimeType, buffer: Buffer.from(await make()) }]);
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page).first().getByRole('link')).toHaveText(CAA_TITLE);
    await rows(page).first().getByRole('link').click();
    await expect(page.locator('.citation')).toHaveText('CAA Paris, 3ème chambre, 18 juin 2024, n° 23PA01234');
    const numbered = page.locator('.reader-text [data-number]');
    await expect(numbered).toHaveCount(3);
    await expect(page.locator('.reader-text')).toContainText('Article 1er : Le jugement du tribunal administratif de Paris est annulé.');
    await expect(page.locator('.reader-text')).toContainText('[1] Règlement (UE) 2016/679 du 27 avril 2016.');
    await expect(page.locator('.reader-text')).toContainText('Requérante');
  });
}

test('a saved web page is reduced to its article; its scripts and handlers never run', async ({ page }) => {
  const calls: string[] = [];
  await page.exposeFunction('__scriptRan', (where: string) => calls.push(where));
  await pick(page, [{ name: 'article.html', mimeType: 'text/html', buffer: await readFile(`${FIXTURES}article-page-with-chrome.html`) }]);
  await expect(rows(page)).toHaveCount(1);
  await rows(page).first().getByRole('link').click();
  const text = page.locator('.reader-text');
  await expect(text).toContainText('Par une ordonnance du 25 avril 2025');
  await expect(text).toContainText('Enfin, la limitation de l’autorisation à une durée de trois ans');
  for (const chrome of ['Publicité', 'Les plus lus', 'S’abonner', 'Mentions légales']) await expect(text).not.toContainText(chrome);
  await expect(page.locator('.reader-text img, .reader-text script, .reader-text a')).toHaveCount(0);
  await page.getByRole('button', { name: 'Détails…' }).click();
  await expect(page.getByLabel('Auteur')).toHaveValue('Claire Fontaine');
  await expect(page.getByLabel('Publication')).toHaveValue('Revue du droit numérique');
  expect(calls, 'imported scripts or handlers that ran').toEqual([]);
});

test('several files at once: progress per file, then a summary of what was imported and what failed and why', async ({ page }) => {
  const docx = Buffer.from(await caaRulingDocx());
  const bomb = new JSZip();
  bomb.file('content.xml', new Uint8Array(20 * 1024 * 1024));
  const bombBytes = Buffer.from(await bomb.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  await pick(page, [
    { name: 'caa-paris.docx', mimeType: DOCX, buffer: docx },
    { name: 'tronque.docx', mimeType: DOCX, buffer: docx.subarray(0, docx.length >> 1) },
    { name: 'bombe.odt', mimeType: ODT, buffer: bombBytes },
    { name: 'vide.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    { name: 'donnees.json', mimeType: 'application/json', buffer: Buffer.from('{"a": 1}') },
    { name: 'note.txt', mimeType: 'text/plain', buffer: Buffer.from('Note sur la souveraineté des données de santé.\n\nDeuxième paragraphe.') },
  ]);
  const summary = page.getByTestId('import-summary');
  await expect(summary.getByRole('heading', { name: 'Import terminé' })).toBeVisible();
  await expect(page.getByTestId('import-summary-counts')).toHaveText('2 importé(s), 0 ignoré(s), 4 en échec');
  const item = (name: string) => summary.locator('.import-file', { hasText: name });
  await expect(item('caa-paris.docx')).toContainText('Importé');
  await expect(item('tronque.docx')).toContainText('« tronque.docx » est endommagé ou incomplet');
  await expect(item('bombe.odt')).toContainText('« bombe.odt » a été refusé : son contenu compressé se décompresserait');
  await expect(item('vide.txt')).toContainText('« vide.txt » est vide');
  await expect(item('donnees.json')).toContainText('n’est pas encore un format que Glose sait importer');
  await expect(rows(page)).toHaveCount(2);
  await summary.getByRole('button', { name: 'Fermer le bilan de l’import' }).click();
  await expect(summary).toHaveCount(0);
});

test('pasted text is imported with the title the user typed; an empty paste is refused', async ({ page }) => {
  await page.getByRole('button', { name: 'Coller du texte…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Coller du texte' });
  await dialog.getByLabel('Titre (facultatif)').fill('Extrait des conclusions du rapporteur public');
  await dialog.getByLabel('Texte').fill('Le rapporteur public conclut au rejet.\n\nIl relève que le risque lié au Cloud Act demeure hypothétique.');
  await dialog.getByRole('button', { name: 'Importer' }).click();
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first().getByRole('link')).toHaveText('Extrait des conclusions du rapporteur public');
  await rows(page).first().getByRole('link').click();
  await expect(page.locator('.reader-text p')).toHaveText(['Le rapporteur public conclut au rejet.', 'Il relève que le risque lié au Cloud Act demeure hypothétique.']);
  await page.getByRole('link', { name: /Retour|Back/ }).click();

  await page.getByRole('button', { name: 'Coller du texte…' }).click();
  await page.getByRole('dialog', { name: 'Coller du texte' }).getByRole('button', { name: 'Importer' }).click();
  await expect(page.getByTestId('notice-error')).toContainText('« Texte collé.txt » est vide');
  await expect(rows(page)).toHaveCount(1);
});

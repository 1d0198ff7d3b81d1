// The export dialog: from the reader and the library, filters, preview, each file read back; PDF printing; copy a passage with its citation.
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { readFile } from 'node:fs/promises';
import { downloadedText, exportDialog, openRuling, RULING_FIXTURE, selectWithMouse } from './helpers';
import { deliverSystemFiles, installStandInDesktop, sendMenuCommand } from './standInDesktop';

const CLOUD_ACT = 'si le risque que des données soient transférées aux autorités américaines en application du Cloud Act ne peut être entièrement exclu';
const THREE_YEARS = 'limitée à une durée de trois ans';
const CITATION = 'CE, juge des référés, 25 avril 2025, n° 503163';

/** The ruling with two passages: the Cloud Act risk (key 1, pt 5) and the three-year limit (key 3, pt 7). */
async function tagTwo(page: Page) {
  await openRuling(page);
  await selectWithMouse(page, CLOUD_ACT);
  await page.keyboard.press('1');
  await selectWithMouse(page, THREE_YEARS);
  await page.keyboard.press('3');
  await expect(page.locator('.passage-panel .passage-item')).toHaveCount(2);
}

async function save(page: Page, formatLabel: string) {
  const dialog = exportDialog(page);
  await dialog.getByRole('combobox', { name: 'Format' }).selectOption({ label: formatLabel });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  return download;
}

test('the reader opens the export dialog: preview with counts, then Markdown, CSV and Word files read back', async ({ page }) => {
  await tagTwo(page);
  await page.getByRole('button', { name: 'Exporter…' }).click();
  const dialog = exportDialog(page);
  await expect(dialog.getByLabel(/Ce document : Conseil d.État/)).toBeChecked();
  await expect(dialog.locator('.export-counts')).toHaveText('2 passage(s) tiré(s) de 1 document(s)');
  // The default is Word: the preview reads like the page, groups in codebook order.
  await expect(dialog.locator('.export-preview-heading')).toHaveText(['Risque Cloud Act', 'Limitation à trois ans']);
  await expect(dialog.locator('.export-preview-citation')).toHaveText([`— ${CITATION}, pt 5`, `— ${CITATION}, pt 7`]);

  await dialog.getByRole('combobox', { name: 'Format' }).selectOption({ label: 'Markdown (.md)' });
  await expect(dialog.locator('.export-preview-text')).toContainText('## Risque Cloud Act');
  let download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  let file = await download;
  expect(file.suggestedFilename()).toBe('conseil-d-etat-juge-des-referes-25-avril-2025-n-503163-arguments.md');
  const markdown = await downloadedText(file);
  expect(markdown).toContain(`> ${CLOUD_ACT}\n\n— ${CITATION}, pt 5 · Motifs de la juridiction\n`);
  expect(markdown).toContain('## Limitation à trois ans');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('notice-success').last()).toContainText('Liste d’arguments exportée.');

  // CSV for a French spreadsheet: BOM, `;`, accents intact.
  await page.getByRole('button', { name: 'Exporter…' }).click();
  await expect(dialog.getByRole('combobox', { name: 'Séparateur CSV' })).toHaveCount(0);
  await dialog.getByRole('combobox', { name: 'Format' }).selectOption({ label: 'Tableur (.csv)' });
  await expect(dialog.getByRole('combobox', { name: 'Séparateur CSV' })).toHaveValue(';');
  download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  file = await download;
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  const csv = await downloadedText(file);
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).split('\r\n');
  expect(lines[0]).toMatch(/^Étiquette;Citation textuelle;Référence;/);
  expect(lines[1]).toContain(`Risque Cloud Act;${CLOUD_ACT};${CITATION}, pt 5;`);

  // Word: the quotes are in the document part, styled as block quotes.
  await page.getByRole('button', { name: 'Exporter…' }).click();
  file = await save(page, 'Word (.docx)');
  const zip = await JSZip.loadAsync(await readFile(await file.path()));
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml).toContain('<w:pStyle w:val="BlockQuote"/>');
  expect(xml).toContain(THREE_YEARS);
  expect(xml).toContain(`— ${CITATION}, pt 7`);
});

test('the library exports the selected documents, filtered by tag, as HTML', async ({ page }) => {
  await tagTwo(page);
  await page.getByRole('link', { name: 'Bibliothèque' }).first().click();
  await page.getByRole('checkbox', { name: /Sélectionner « Conseil d.État/ }).check();
  await page.getByRole('button', { name: 'Exporter la sélection (1)…' }).click();
  const dialog = exportDialog(page);
  await expect(dialog.getByLabel(/Ce document : Conseil d.État/)).toBeChecked();
  await expect(dialog.locator('.export-counts')).toHaveText('2 passage(s) tiré(s) de 1 document(s)');
  await dialog.getByRole('group', { name: 'Étiquettes' }).getByLabel('Limitation à trois ans').check();
  await expect(dialog.locator('.export-counts')).toHaveText('1 passage(s) tiré(s) de 1 document(s)');
  await expect(dialog.locator('.export-preview-passage blockquote')).toHaveText([THREE_YEARS]);
  const html = await downloadedText(await save(page, 'Page web (.html)'));
  expect(html).toContain(`<blockquote><p>${THREE_YEARS}</p></blockquote>`);
  expect(html).not.toContain('Cloud Act ne peut');
  expect(html).toContain('<h2>Limitation à trois ans</h2>');
});

test('a date range that excludes everything says so and cannot be saved', async ({ page }) => {
  await tagTwo(page);
  await page.getByRole('button', { name: 'Exporter…' }).click();
  const dialog = exportDialog(page);
  await dialog.getByLabel('Décisions du').fill('2025-05-01');
  await expect(dialog.getByText('Aucun passage ne correspond.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Enregistrer' })).toBeDisabled();
  await dialog.getByLabel('au', { exact: true }).fill('2025-04-01');
  await expect(dialog.getByRole('alert')).toHaveText(/La date de début est postérieure à la date de fin/);
});

test('the web edition prints the PDF through the browser’s print dialog, showing only the export', async ({ page }) => {
  await tagTwo(page);
  await page.evaluate(() => {
    window.print = () => {
      const view = document.querySelector('.print-view');
      (window as unknown as { __printed: string }).__printed = view?.textContent ?? '';
      window.dispatchEvent(new Event('afterprint'));
    };
  });
  await page.getByRole('button', { name: 'Exporter…' }).click();
  const dialog = exportDialog(page);
  await dialog.getByRole('combobox', { name: 'Format' }).selectOption({ label: 'PDF (boîte d’impression)' });
  await dialog.getByRole('button', { name: 'Imprimer ou enregistrer en PDF' }).click();
  await expect(dialog).toBeHidden();
  const printed = await page.evaluate(() => (window as unknown as { __printed: string }).__printed);
  expect(printed).toContain(CLOUD_ACT);
  expect(printed).toContain(`— ${CITATION}, pt 7`);
  // Nothing of the print view is left behind.
  await expect(page.locator('.print-view')).toHaveCount(0);
});

test('File › Export… in the desktop app opens the dialog on the library and prints the PDF in main', async ({ page }) => {
  await installStandInDesktop(page);
  await page.goto('./');
  // The stand-in's file picker returns nothing: the ruling comes in as a file the OS opened.
  await deliverSystemFiles(page, [{ name: 'ce-ordonnance-health-data.txt', bytes: [...(await readFile(RULING_FIXTURE))] }]);
  await page.locator('.library-table a').first().click();
  await selectWithMouse(page, THREE_YEARS);
  await page.keyboard.press('3');
  await expect(page.locator('.passage-panel .passage-item')).toHaveCount(1);
  await page.getByRole('link', { name: 'Bibliothèque' }).first().click();
  await sendMenuCommand(page, 'export');
  const dialog = exportDialog(page);
  await expect(dialog.getByLabel('Toute la bibliothèque')).toBeChecked();
  await dialog.getByRole('combobox', { name: 'Format' }).selectOption({ label: 'PDF' });
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog).toBeHidden();
  const requests = await page.evaluate(() => (window as unknown as { __printRequests: Array<{ suggestedName: string; html: string }> }).__printRequests);
  expect(requests).toHaveLength(1);
  expect(requests[0]!.suggestedName).toBe('arguments-bibliotheque-arguments.pdf');
  expect(requests[0]!.html).toContain(THREE_YEARS);
});

test('a passage is copied with its citation from the panel, as plain and rich text', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await tagTwo(page);
  await page.locator('.passage-panel .passage-item').nth(1).getByRole('button', { name: /^Copier « limitée/ }).click();
  await expect(page.getByTestId('notice-success').last()).toContainText(`Copié avec sa citation : ${CITATION}, pt 7`);
  const clip = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    if (!item) return null;
    return { text: await (await item.getType('text/plain')).text(), html: await (await item.getType('text/html')).text() };
  });
  expect(clip?.text).toBe(`«\u00a0${THREE_YEARS}\u00a0» (${CITATION}, pt 7)`);
  // The browser writes the non-breaking spaces as entities in the HTML flavour.
  expect(clip?.html).toContain(`${THREE_YEARS}&nbsp;» (<cite>${CITATION}, pt 7</cite>)`);
});

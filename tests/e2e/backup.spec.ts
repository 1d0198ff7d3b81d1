// Backing up the library from Settings, emptying it, restoring it; a damaged or truncated backup is refused and changes nothing.
import { BackupWriter } from '../../shared/backup';
import { CURRENT_SCHEMA_VERSION } from '../../shared/backup/migrate';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { seriousViolations } from './axe';
import { downloadedText, markedTexts, openRuling, selectWithMouse } from './helpers';
import { sendMenuCommand, installStandInDesktop } from './standInDesktop';

const CLOUD_ACT = 'si le risque que des données soient transférées aux autorités américaines en application du Cloud Act ne peut être entièrement exclu';
const THREE_YEARS = 'limitée à une durée de trois ans';

async function openSettings(page: Page) {
  await page.getByRole('navigation', { name: /navigation/i }).getByRole('link', { name: 'Réglages' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Réglages' })).toBeVisible();
}

async function backUp(page: Page): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Sauvegarder la bibliothèque…' }).click();
  const file = await download;
  await expect(page.getByTestId('notice-success').filter({ hasText: 'Bibliothèque sauvegardée' })).toHaveText(/Bibliothèque sauvegardée\. Documents : 1 ; passages : 2\./);
  return { name: file.suggestedFilename(), text: await downloadedText(file) };
}

async function pickBackup(page: Page, name: string, text: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restaurer une sauvegarde…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/x-ndjson', buffer: Buffer.from(text, 'utf8') });
}

/** Deletes the database as a wiped profile would, then reloads: the app starts on an empty library. */
async function emptyLibrary(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('glose');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
  );
  await page.goto('./#/');
  await expect(page.getByText(/Aucun document|bibliothèque est vide/i).first()).toBeVisible();
}

async function taggedRulingBackup(page: Page) {
  await openRuling(page);
  await selectWithMouse(page, CLOUD_ACT);
  await page.keyboard.press('1');
  await selectWithMouse(page, THREE_YEARS);
  await page.keyboard.press('3');
  await expect(page.locator('.passage-panel .passage-item')).toHaveCount(2);
  await openSettings(page);
  return backUp(page);
}

test('back up from Settings, empty the library, restore: the document and its passages are back', async ({ page }) => {
  const backup = await taggedRulingBackup(page);
  expect(backup.name).toMatch(/^glose-\d{8}-\d{6}\.glose-backup$/);
  const lines = backup.text.trimEnd().split('\n');
  expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ magic: 'glose-backup', format: 1, schema: CURRENT_SCHEMA_VERSION });
  expect(JSON.parse(lines.at(-1) ?? '{}')).toMatchObject({ type: 'trailer', tables: { documents: { count: 1 }, annotations: { count: 2 } } });

  await emptyLibrary(page);
  await openSettings(page);
  await pickBackup(page, backup.name, backup.text);
  const dialog = page.getByRole('dialog', { name: 'Restaurer une sauvegarde' });
  await expect(dialog.getByRole('row', { name: /Documents\s+1/ })).toBeVisible();
  await expect(dialog.getByRole('row', { name: /Passages\s+2/ })).toBeVisible();
  await expect(dialog.getByTestId('restore-created')).toContainText(String(new Date().getFullYear()));
  await expect(dialog.getByLabel('Remplacer la bibliothèque')).toBeChecked();
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Restaurer' }).click();
  const done = page.getByRole('dialog', { name: 'Sauvegarde restaurée' });
  await expect(done).toContainText('Documents : 1 ; passages : 2.');
  await done.getByRole('button', { name: 'Fermer' }).click();

  await page.getByRole('navigation', { name: /navigation/i }).getByRole('link', { name: 'Bibliothèque' }).click();
  await page.locator('.library-table a').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/25 avril 2025/);
  await expect.poll(() => markedTexts(page).then((texts) => texts.join(' '))).toContain('Cloud Act');
  await expect(page.locator('.passage-panel .passage-item')).toHaveCount(2);
});

test('after a replace restore, the language and theme the backup carries apply at once, without restarting', async ({ page }) => {
  // A backup made by someone working in English with the dark theme: one document, and those two preferences.
  const writer = new BackupWriter();
  const document = { id: 'doc-en', title: 'CE, 25 April 2025, No. 503163', kind: 'ruling', sourceFileName: 'ce.txt', sourceFormat: 'text', language: 'fr', wordCount: 3, importedAt: 1745590000000, contentHash: 'h' };
  const block = { id: 'blk-en', docId: 'doc-en', order: 0, type: 'paragraph', text: 'La requête est rejetée.' };
  const tables = ['tags', 'documents', 'blocks', 'annotations', 'settings'];
  let text = writer.header({ schema: CURRENT_SCHEMA_VERSION, app: '0.5.0', createdAt: '2026-11-01T10:00:00.000Z', tables });
  text += writer.table('tags') + writer.records([]);
  text += writer.table('documents') + writer.records([document]);
  text += writer.table('blocks') + writer.records([block]);
  text += writer.table('annotations') + writer.records([]);
  text += writer.table('settings') + writer.records([{ key: 'lang', value: 'en' }, { key: 'theme', value: 'dark' }]);
  text += writer.trailer();

  await page.goto('./#/');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await openSettings(page);
  await pickBackup(page, 'english-dark.glose-backup', text);
  const dialog = page.getByRole('dialog', { name: 'Restaurer une sauvegarde' });
  await expect(dialog.getByLabel('Remplacer la bibliothèque')).toBeChecked();
  await dialog.getByRole('button', { name: 'Restaurer' }).click();

  // No reload: the result is already in English, on the dark theme, and so is the rest of the interface.
  const done = page.getByRole('dialog', { name: 'Backup restored' });
  await expect(done).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await done.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.locator('.language-switcher select')).toHaveValue('en');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
  await expect(page.locator('.library-table a')).toHaveText(['CE, 25 April 2025, No. 503163']);
  // And the choice is the library's from now on: the user can still switch back.
  await page.locator('.language-switcher select').selectOption('fr');
  await expect(page.getByRole('heading', { level: 1, name: 'Bibliothèque' })).toBeVisible();
});

test('a damaged or truncated backup is refused with what was wrong, and the library stays as it was', async ({ page }) => {
  const backup = await taggedRulingBackup(page);
  const edited = backup.text.replace('Cloud Act', 'Cloud Akt');
  await pickBackup(page, 'edited.glose-backup', edited);
  await expect(page.getByTestId('notice-error')).toContainText('Ce fichier ne peut pas être restauré : ses paragraphes du texte ont été modifiés après sa création');
  await expect(page.getByTestId('notice-error')).toContainText('La bibliothèque n’a pas été modifiée.');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  const cut = backup.text.slice(0, Math.floor(backup.text.length / 2));
  await pickBackup(page, 'cut.glose-backup', cut);
  await expect(page.getByTestId('notice-error').last()).toContainText('elle est incomplète');

  await pickBackup(page, 'notes.txt', 'Mes notes de plaidoirie\n');
  await expect(page.getByTestId('notice-error').last()).toContainText('ce n’est pas une sauvegarde Glose');

  await page.getByRole('navigation', { name: /navigation/i }).getByRole('link', { name: 'Bibliothèque' }).click();
  await expect(page.locator('.library-table a')).toHaveCount(1);
});

test('Settings shows whether the library is kept persistently and the space it uses, and File › Settings… opens it', async ({ page }) => {
  await installStandInDesktop(page);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Bibliothèque' })).toBeVisible();
  await sendMenuCommand(page, 'showSettings');
  await expect(page.getByRole('heading', { level: 1, name: 'Réglages' })).toBeVisible();
  await expect(page.getByTestId('storage-persisted')).toContainText(/stockée de façon persistante|n’est pas stockée/);
  await expect(page.getByTestId('storage-usage')).toContainText(/Glose utilise .+ sur les .+ que le moteur du navigateur lui accorde/);
  expect(await seriousViolations(page)).toEqual([]);
  // The desktop app backs up on quit, and says so.
  await expect(page.getByText('Glose sauvegarde aussi la bibliothèque chaque fois qu’il se ferme')).toBeVisible();
});

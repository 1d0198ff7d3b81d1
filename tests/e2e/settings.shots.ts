// Screenshots of Settings, the restore confirmation and its result, in French and English (and Settings in the dark theme).
import { test, expect } from './fixtures';
import { downloadedText, importByPicker, RULING_FIXTURE, selectWithMouse } from './helpers';

const OUT = 'tests/e2e/.artifacts/screenshots';

for (const lang of ['fr', 'en'] as const) {
  test(`settings and restore (${lang})`, async ({ page }) => {
    const fr = lang === 'fr';
    await page.goto('./');
    await page.locator('.language-switcher select').selectOption(lang);
    await importByPicker(page, RULING_FIXTURE);
    await page.locator('.library-table a').first().click();
    await selectWithMouse(page, 'si le risque que des données soient transférées aux autorités américaines en application du Cloud Act ne peut être entièrement exclu');
    await page.keyboard.press('1');
    await page.getByRole('link', { name: fr ? 'Réglages' : 'Settings' }).click();
    await expect(page.getByTestId('storage-usage')).toBeVisible();
    await page.screenshot({ path: `${OUT}/${lang}-settings.png`, fullPage: true });

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: fr ? 'Sauvegarder la bibliothèque…' : 'Back up the library…' }).click();
    const file = await download;
    const text = await downloadedText(file);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: fr ? 'Restaurer une sauvegarde…' : 'Restore from a backup…' }).click();
    await (await chooser).setFiles({ name: file.suggestedFilename(), mimeType: 'application/x-ndjson', buffer: Buffer.from(text) });
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await page.screenshot({ path: `${OUT}/${lang}-restore-confirm.png` });
    await dialog.getByLabel(fr ? 'Fusionner avec la bibliothèque' : 'Merge into the library').check();
    await dialog.getByRole('button', { name: fr ? 'Restaurer' : 'Restore' }).click();
    await expect(dialog.getByTestId('restore-result')).toBeVisible();
    await page.screenshot({ path: `${OUT}/${lang}-restore-result.png` });
    await dialog.getByRole('button', { name: fr ? 'Fermer' : 'Close' }).click();

    const edited = text.replace('Cloud Act', 'Cloud Akt');
    const again = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: fr ? 'Restaurer une sauvegarde…' : 'Restore from a backup…' }).click();
    await (await again).setFiles({ name: 'edited.glose-backup', mimeType: 'application/x-ndjson', buffer: Buffer.from(edited) });
    await expect(page.getByTestId('notice-error')).toBeVisible();
    await page.screenshot({ path: `${OUT}/${lang}-restore-refused.png` });

    if (fr) {
      await page.getByRole('button', { name: 'Mode sombre' }).click();
      await page.screenshot({ path: `${OUT}/${lang}-settings-dark.png`, fullPage: true });
    }
  });
}

// The desktop features the web edition shows too: keyboard shortcuts dialog, dark mode kept across reloads, copy with citation, find.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { importByPicker, RULING_FIXTURE, selectWithMouse } from './helpers';

const CLOUD_ACT = 'si le risque que des données soient transférées aux autorités américaines en application du Cloud Act ne peut être entièrement exclu';

async function openRuling(page: Page) {
  await page.goto('./');
  await importByPicker(page, RULING_FIXTURE);
  await page.locator('.library-table a').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Conseil d.État/);
}

const pageBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('the keyboard shortcuts dialog lists the tag keys and the shortcuts, by button and by Ctrl+/', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Raccourcis clavier' }).click();
  const dialog = page.getByRole('dialog', { name: 'Raccourcis clavier' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('row', { name: /^1 Étiqueter la sélection « Risque Cloud Act »/ })).toBeVisible();
  await expect(dialog.getByRole('row', { name: /Ctrl\+Shift\+C Copier la sélection avec sa citation précise/ })).toBeVisible();
  // Keys the browser keeps for itself are marked as working in the desktop app only.
  await expect(dialog.getByRole('row', { name: /Ctrl\+1 Aller à la bibliothèque \(application de bureau uniquement\)/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.locator('.language-switcher select').selectOption('en');
  await page.keyboard.press('Control+/');
  const english = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(english.getByRole('row', { name: /^2 Tag the selection “Lack of European alternatives”/ })).toBeVisible();
  await english.getByRole('button', { name: 'Close' }).click();
  await expect(english).toBeHidden();
});

test('dark mode follows the system until chosen, and the choice survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  const light = await pageBackground(page);

  const toggle = page.getByRole('button', { name: /Mode sombre/ });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await pageBackground(page)).not.toBe(light);

  await page.reload();
  // The system still says light; the user's choice wins, in the attribute and in the colours drawn.
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: /Mode sombre/ })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => pageBackground(page)).toBe('rgb(23, 24, 27)');
  await page.keyboard.press('Control+Shift+D');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect.poll(() => pageBackground(page)).toBe(light);
  expect(light).toBe('rgb(247, 246, 242)');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('copy with citation puts the quote and its pinpoint citation on the clipboard, as text and HTML', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openRuling(page);

  await page.keyboard.press('Control+Shift+C');
  await expect(page.getByTestId('notice-info').last()).toContainText('Sélectionnez d’abord un passage');

  await selectWithMouse(page, CLOUD_ACT);
  await page.keyboard.press('Control+Shift+C');
  const citation = 'CE, juge des référés, 25 avril 2025, n° 503163, pt 5';
  await expect(page.getByTestId('notice-success').last()).toContainText(`Copié avec sa citation : ${citation}`);
  const clip = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    if (!item) return null;
    return { text: await (await item.getType('text/plain')).text(), html: await (await item.getType('text/html')).text() };
  });
  expect(clip?.text).toBe(`«\u00a0${CLOUD_ACT}\u00a0» (${citation})`);
  expect(clip?.html).toContain(`<cite>${citation}</cite>`);
  expect(clip?.html).toContain(CLOUD_ACT);
});

test('find highlights every match and steps through them', async ({ page }) => {
  await openRuling(page);
  await page.keyboard.press('Control+f');
  const field = page.getByRole('searchbox', { name: 'Rechercher dans le document' });
  await expect(field).toBeFocused();
  await field.fill('cloud act');
  const status = page.locator('.find-status');
  await expect(status).toHaveText(/^1 sur \d+$/);
  const total = Number((await status.textContent())?.split(' sur ')[1]);
  expect(total).toBeGreaterThan(1);
  const highlighted = () => page.evaluate(() => (CSS.highlights.get('glose-find')?.size ?? 0));
  expect(await highlighted()).toBe(total);
  await field.press('Enter');
  await expect(status).toHaveText(`2 sur ${total}`);
  await field.press('Shift+Enter');
  await field.press('Shift+Enter');
  await expect(status).toHaveText(`${total} sur ${total}`);
  await field.fill('introuvable-xyz');
  await expect(status).toHaveText('Aucune occurrence');
  await field.press('Escape');
  await expect(field).toBeHidden();
  expect(await highlighted()).toBe(0);
});

test('a link that is not a web link is refused with a message, and the page stays where it is', async ({ page }) => {
  await page.goto('./');
  // The library opens once the database is; the link goes into it.
  await expect(page.getByRole('heading', { name: 'Bibliothèque' })).toBeVisible();
  await page.evaluate(() => {
    const link = document.createElement('a');
    link.href = 'file:///etc/passwd';
    link.textContent = 'passwd';
    document.querySelector('main')?.append(link);
  });
  await page.getByRole('link', { name: 'passwd' }).click();
  await expect(page.getByTestId('notice-error')).toHaveText(/Ce lien n’a pas été ouvert : Glose n’ouvre que les liens web \(http ou https\)\./);
  await expect(page.getByRole('heading', { name: 'Bibliothèque' })).toBeVisible();
});

// Comparing the 2024 and 2025 orders: the argument rows, the redline with a changed word, the summary, exports, carry-over, bad input.
import { test, expect } from './fixtures';
import { seriousViolations } from './axe';
import { downloadedText, importByPicker, selectWithMouse } from './helpers';
import { documentId, importOrders, openComparison, ORDER_2024, ORDER_2025, taggedOrders, THREE_YEARS } from './compareSteps';

test('the argument view lines the two orders up tag by tag, and a passage opens in its document', async ({ page }) => {
  const { a, b } = await taggedOrders(page);
  // Picked from the header link, as a user would.
  await page.getByRole('link', { name: 'Comparer' }).click();
  const idOf = async (select: string, year: string) => page.locator(`${select} option`, { hasText: year }).first().getAttribute('value');
  await page.locator('#compare-a').selectOption((await idOf('#compare-a', '2024'))!);
  await page.locator('#compare-b').selectOption((await idOf('#compare-b', '2025'))!);
  await page.getByRole('button', { name: 'Comparer', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`#/compare/${encodeURIComponent(a)}/${encodeURIComponent(b)}$`));

  const row = (name: string) => page.locator('.compare-argument-row', { has: page.locator('.compare-tag-name', { hasText: name }) });
  await expect(row('Risque Cloud Act')).toContainText('seulement dans A');
  await expect(row('Risque Cloud Act')).toContainText('1 dans A · 0 dans B');
  await expect(row('Risque Cloud Act').locator('td').nth(0)).toContainText('expose les données de santé');
  await expect(row('Limitation à trois ans')).toContainText('seulement dans B');
  await expect(row('Limitation à trois ans').locator('td').nth(1)).toContainText(THREE_YEARS);
  await expect(row('Limitation à trois ans').locator('td').nth(1)).toContainText('pt 2');
  await expect(row('Pseudonymisation')).toContainText('1 dans A · 1 dans B');
  await expect(row('Pseudonymisation')).not.toContainText('seulement');
  // The 2024 passage is in point 2; in 2025 the same words are point 3.
  await expect(row('Pseudonymisation').locator('td').nth(0)).toContainText('pt 2');
  await expect(row('Pseudonymisation').locator('td').nth(1)).toContainText('pt 3');

  // Filters: only the claimants' pleas leaves the Cloud Act row alone.
  await page.getByLabel('Rôle').selectOption('claimant');
  await page.getByLabel('Masquer les étiquettes absentes des deux décisions').check();
  await expect(page.locator('.compare-argument-row')).toHaveCount(1);
  await expect(page.locator('.compare-argument-row')).toContainText('Risque Cloud Act');

  await page.locator('.compare-passage').first().click();
  await expect(page).toHaveURL(new RegExp(`#/doc/${encodeURIComponent(a)}/p/`));
  const mark = page.locator('.reader-text mark', { hasText: 'expose les données de santé' }).first();
  await expect(mark).toHaveClass(/passage-flash/);
  await expect(mark).toBeInViewport();
});

test('the text view aligns the points, highlights a changed word, sums up, and exports the comparison', async ({ page }) => {
  const { a, b } = await taggedOrders(page);
  await openComparison(page, a, b);
  await page.getByRole('tab', { name: 'Texte' }).click();

  const summary = page.locator('.compare-summary');
  await expect(summary).toContainText('Paragraphes ajoutés : 1');
  await expect(summary).toContainText('Paragraphes modifiés : 7');
  await expect(summary).toContainText('dont renumérotés : 1');

  // Point 2 of 2024 became point 3 of 2025 with one word more: "la seule Plateforme".
  const keys = page.locator('.compare-row.kind-changed', { hasText: 'pseudonymisées et chiffrées' });
  await expect(keys.locator('.cell-b ins')).toHaveText(['3.', 'seule']);
  await expect(keys.locator('.cell-a del')).toHaveText(['2.']);
  await expect(keys.locator('.compare-kind-label')).toHaveText('Modifié');
  const added = page.locator('.compare-row.kind-added');
  await expect(added).toHaveCount(1);
  await expect(added.locator('.cell-b')).toContainText(THREE_YEARS);
  await expect(page.locator('.compare-row.kind-renumbered .compare-remark')).toHaveText('renuméroté 4 → 5');
  // Each side's tags in its margin.
  await expect(keys.locator('.margin-a')).toHaveAttribute('title', 'Étiquettes : Pseudonymisation');
  await expect(added.locator('.margin-b')).toHaveAttribute('title', 'Étiquettes : Limitation à trois ans');

  // Next change, by button and by key.
  await page.getByRole('button', { name: /Modification suivante/ }).click();
  await expect(page.locator('.compare-position')).toHaveText('Modification 1 sur 8');
  await page.keyboard.press('n');
  await expect(page.locator('.compare-position')).toHaveText('Modification 2 sur 8');
  await page.keyboard.press('p');
  await page.keyboard.press('p');
  await expect(page.locator('.compare-position')).toHaveText('Modification 8 sur 8');
  await expect(page.locator('.compare-row.current')).toBeInViewport();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter en Markdown' }).click();
  const markdown = await downloadedText(await download);
  expect(markdown).toContain('# Comparaison : ');
  expect(markdown).toContain('- Paragraphes ajoutés : 1');
  expect(markdown).toMatch(/\| Limitation à trois ans \(seulement dans B\) \| — \| “limitée à une durée de trois ans” \(pt 2 · /);
  expect(markdown).toContain('~~2.~~ **3.** Il résulte de l’instruction'.replace('’', "'"));
  expect(markdown).toContain('par la **seule** Plateforme');

  const docx = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter en Word (DOCX)' }).click();
  expect((await docx).suggestedFilename()).toMatch(/^comparaison-.*\.docx$/);
});

test('carry-over brings A’s tags to the same words in B, and Ctrl+Z takes them back', async ({ page }) => {
  await importOrders(page);
  const a = await documentId(page, '2024');
  const b = await documentId(page, '2025');
  await page.goto(`./#/doc/${encodeURIComponent(a)}`);
  await expect(page.locator('.reader-text')).toContainText('susceptible de recevoir');
  await selectWithMouse(page, 'est susceptible de recevoir des demandes fondées sur le Cloud Act');
  await page.keyboard.press('1');
  await expect(page.locator('.reader-text mark').first()).toBeVisible();
  await openComparison(page, a, b);
  await expect(page.locator('.compare-message')).toContainText('La décision B');

  await page.getByRole('button', { name: 'Reporter les étiquettes sur B…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reporter les étiquettes de A sur B' });
  await expect(dialog.locator('.compare-carry-list li')).toHaveCount(1);
  await expect(dialog.locator('.compare-carry-list li')).toContainText('Risque Cloud Act');
  await dialog.getByRole('button', { name: 'Accepter', exact: true }).click();
  await expect(dialog).toContainText('Rien à reporter');
  await dialog.getByRole('button', { name: 'Fermer' }).click();
  const row = page.locator('.compare-argument-row', { has: page.locator('.compare-tag-name', { hasText: 'Risque Cloud Act' }) });
  await expect(row).toContainText('1 dans A · 1 dans B');
  await expect(row.locator('td').nth(1)).toContainText('pt 4');

  await page.keyboard.press('Control+z');
  await expect(row).toContainText('1 dans A · 0 dans B');
});

test('bad input: the same document twice, and decisions without passages, each say what to do', async ({ page }) => {
  await importOrders(page);
  const a = await documentId(page, '2024');
  const b = await documentId(page, '2025');
  await page.goto(`./#/compare/${encodeURIComponent(a)}/${encodeURIComponent(a)}`);
  await expect(page.locator('.compare-error')).toContainText('A et B sont le même document');

  await page.goto(`./#/compare/${encodeURIComponent(a)}/missing-document`);
  await expect(page.locator('.compare-error')).toContainText('Le document B n’est plus dans la bibliothèque');

  await openComparison(page, a, b);
  await expect(page.locator('.compare-message')).toContainText('Aucune des deux décisions n’a encore de passage étiqueté');
  await page.getByRole('tab', { name: 'Texte' }).click();
  await expect(page.locator('.compare-summary')).toContainText('Paragraphes ajoutés : 1');

  // In English too.
  await page.locator('.language-switcher select').selectOption('en');
  await page.getByRole('tab', { name: 'Arguments' }).click();
  await expect(page.locator('.compare-message')).toContainText('Neither decision has a tagged passage yet');
});

test('both views pass axe without a serious or critical finding, light and dark', async ({ page }) => {
  const { a, b } = await taggedOrders(page);
  await openComparison(page, a, b);
  await expect(page.getByRole('button', { name: 'Exporter en Markdown' })).toBeEnabled();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByRole('tab', { name: 'Arguments' }).click();
    expect(await seriousViolations(page), `arguments (${scheme})`).toEqual([]);
    await page.getByRole('tab', { name: 'Texte' }).click();
    await page.keyboard.press('n');
    expect(await seriousViolations(page), `text (${scheme})`).toEqual([]);
  }
});

test('from the library: two ticked decisions open side by side, the older as A; a row’s “Compare with…” asks for B', async ({ page }) => {
  // The 2025 order is imported first: the decision date, not the import order, makes 2024 the A side.
  await page.goto('./');
  await importByPicker(page, [ORDER_2025, ORDER_2024]);
  await expect(page.locator('.library-table a')).toHaveCount(2);
  const a = await documentId(page, '2024');
  const b = await documentId(page, '2025');
  const row = (year: string) => page.locator('.library-row', { hasText: year });

  await row('2025').getByRole('checkbox').check();
  const bar = page.getByRole('toolbar', { name: 'Actions sur les documents sélectionnés' });
  await expect(bar.getByRole('button', { name: 'Comparer', exact: true })).toHaveCount(0);
  await row('2024').getByRole('checkbox').check();
  await bar.getByRole('button', { name: 'Comparer', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`#/compare/${encodeURIComponent(a)}/${encodeURIComponent(b)}$`));
  await expect(page.getByRole('tab', { name: /Arguments/ })).toBeVisible();

  // The row action: this decision as A, the picker asks for B.
  await page.goto('./#/');
  await row('2025').hover();
  await row('2025').getByRole('button', { name: /^Comparer « .*2025.* » avec un autre document$/ }).click();
  await expect(page).toHaveURL(new RegExp(`#/compare/${encodeURIComponent(b)}$`));
  await expect(page.locator('#compare-a')).toHaveValue(b);
  await expect(page.locator('#compare-b')).toHaveValue('');

  // One ticked document offers the same from the selection bar, for the keyboard; in English too.
  await page.goto('./#/');
  await page.locator('.language-switcher select').selectOption('en');
  await row('2024').getByRole('checkbox').check();
  await page.getByRole('toolbar', { name: 'Actions on the selected documents' }).getByRole('button', { name: 'Compare with…' }).click();
  await expect(page).toHaveURL(new RegExp(`#/compare/${encodeURIComponent(a)}$`));
  await expect(page.locator('#compare-a')).toHaveValue(a);
});

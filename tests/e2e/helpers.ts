// What a user does, as reusable steps: import by picker or drop, select text with the mouse, read a download.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Download, Page } from '@playwright/test';
import { expect } from './fixtures';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const RULING_FIXTURE = `${FIXTURES}ce-ordonnance-health-data.txt`;

export const importButton = (page: Page) => page.getByRole('button', { name: /Importer des fichiers|Import files/ });

export async function importByPicker(page: Page, files: string | string[] | { name: string; mimeType: string; buffer: Buffer } | { name: string; mimeType: string; buffer: Buffer }[]) {
  const chooser = page.waitForEvent('filechooser');
  await importButton(page).click();
  await (await chooser).setFiles(files);
}

/** Drops files on the library as the OS would; `size` builds a file of that many bytes inside the page. */
export async function dropFiles(page: Page, files: Array<{ name: string; text?: string; size?: number }>) {
  const dataTransfer = await page.evaluateHandle((specs) => {
    const transfer = new DataTransfer();
    for (const spec of specs) {
      const body = spec.size !== undefined ? new Uint8Array(spec.size).fill(0x61) : (spec.text ?? '');
      transfer.items.add(new File([body], spec.name, { type: 'text/plain' }));
    }
    return transfer;
  }, files);
  const zone = page.locator('.drop-zone');
  await zone.dispatchEvent('dragenter', { dataTransfer });
  await zone.dispatchEvent('dragover', { dataTransfer });
  await zone.dispatchEvent('drop', { dataTransfer });
}

/** Selects `phrase` in the reader by dragging the mouse from its first to its last character. */
export async function selectWithMouse(page: Page, phrase: string) {
  // The reader may still be opening (a click on a library link just now): wait for its text, as a user would.
  await page.locator('.reader-text [data-block-id]').first().waitFor();
  const box = await page.evaluate(async (needle) => {
    const root = document.querySelector('.reader-text');
    if (!root) throw new Error('no reader');
    for (const paragraph of Array.from(root.querySelectorAll('[data-block-id]'))) {
      const text = paragraph.textContent ?? '';
      const at = text.indexOf(needle);
      if (at < 0) continue;
      const locate = (offset: number) => {
        const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
        let seen = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = node.textContent?.length ?? 0;
          if (offset < seen + length) return { node, offset: offset - seen };
          seen += length;
        }
        throw new Error('offset out of range');
      };
      const rectOf = (offset: number) => {
        const { node, offset: inner } = locate(offset);
        const range = document.createRange();
        range.setStart(node, inner);
        range.setEnd(node, inner + 1);
        return range.getBoundingClientRect();
      };
      // Paragraphs use content-visibility:auto, so heights settle only once drawn: scroll until it stays put.
      let previousTop = Number.NaN;
      for (let i = 0; i < 10; i++) {
        paragraph.scrollIntoView({ block: 'center' });
        for (let f = 0; f < 2; f++) await new Promise(requestAnimationFrame);
        const r = paragraph.getBoundingClientRect();
        if (Math.abs(r.top - previousTop) < 1 && r.top >= 0 && r.bottom <= window.innerHeight) break;
        previousTop = r.top;
      }
      const first = rectOf(at);
      const last = rectOf(at + needle.length - 1);
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }
    throw new Error(`phrase not found in the reader: ${needle}`);
  }, phrase);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 5 });
  await page.mouse.move(box.x2, box.y2, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe(phrase);
}

export async function downloadedText(download: Download): Promise<string> {
  const path = await download.path();
  return readFile(path, 'utf8');
}

/** The text of every highlighted passage in the reader, in document order. */
export function markedTexts(page: Page) {
  return page.locator('.reader-text mark[data-passage-ids]').allTextContents();
}

/** Imports the Health Data Hub ruling and opens it in the reader. */
export async function openRuling(page: Page) {
  await page.goto('./');
  await importByPicker(page, RULING_FIXTURE);
  await page.locator('.library-table a').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Conseil d.État, juge des référés, 25 avril 2025/);
}

/** Selects from `from` (in one paragraph) to the end of `to` (in a later one), as a drag across paragraphs would. */
export async function selectAcrossParagraphs(page: Page, from: string, to: string) {
  await page.evaluate(
    ({ a, b }) => {
      const paragraphs = Array.from(document.querySelectorAll('.reader-text [data-block-id]'));
      const locate = (needle: string, end: boolean) => {
        for (const paragraph of paragraphs) {
          const text = paragraph.textContent ?? '';
          const at = text.indexOf(needle);
          if (at < 0) continue;
          let offset = end ? at + needle.length : at;
          const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const length = node.textContent?.length ?? 0;
            if (offset <= length && (end || offset < length)) return { node, offset };
            offset -= length;
          }
        }
        throw new Error(`not found: ${needle}`);
      };
      const start = locate(a, false);
      const finish = locate(b, true);
      const range = document.createRange();
      range.setStart(start.node, start.offset);
      range.setEnd(finish.node, finish.offset);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    },
    { a: from, b: to },
  );
}

/** Puts the caret just before `phrase` with a mouse click, as a user starting a keyboard selection would. */
export async function clickBefore(page: Page, phrase: string) {
  const point = await page.evaluate(async (needle) => {
    for (const paragraph of Array.from(document.querySelectorAll('.reader-text [data-block-id]'))) {
      const at = (paragraph.textContent ?? '').indexOf(needle);
      if (at < 0) continue;
      // Heights settle only once paragraphs are drawn (content-visibility): scroll until it stays put.
      let previousTop = Number.NaN;
      for (let i = 0; i < 10; i++) {
        paragraph.scrollIntoView({ block: 'center' });
        for (let f = 0; f < 2; f++) await new Promise(requestAnimationFrame);
        const top = paragraph.getBoundingClientRect().top;
        if (Math.abs(top - previousTop) < 1) break;
        previousTop = top;
      }
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      let offset = at;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        if (offset < length) {
          const range = document.createRange();
          range.setStart(node, offset);
          range.setEnd(node, offset + 1);
          const r = range.getBoundingClientRect();
          return { x: r.left + 1, y: r.top + r.height / 2 };
        }
        offset -= length;
      }
    }
    throw new Error(`not found: ${needle}`);
  }, phrase);
  await page.mouse.click(point.x, point.y);
}

/** The export dialog, once opened. */
export const exportDialog = (page: Page) => page.getByRole('dialog', { name: /Exporter une liste d’arguments|Export an argument list/ });

/**
 * Opens the export dialog from the open view's Export… button, picks a format by its label
 * (`Markdown (.md)`), saves, and returns the download (web edition).
 */
export async function exportThroughDialog(page: Page, formatLabel: string): Promise<Download> {
  await page.getByRole('button', { name: /^(Exporter…|Export…)$/ }).click();
  const dialog = exportDialog(page);
  await dialog.getByRole('combobox', { name: 'Format' }).selectOption({ label: formatLabel });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: /^(Enregistrer|Save)$/ }).click();
  return download;
}

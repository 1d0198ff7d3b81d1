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

// Makes scanned pages for the OCR tests: text drawn on a canvas in the browser, as a scanner would hand it over.
import type { Page } from '@playwright/test';
import * as utif from 'utif2';
import { writePdf } from '../fixtures/pdf/layoutPdf';

export interface ScanOptions {
  /** Height of the page in pixels (A4 at 150 dpi is 1754). */
  height?: number;
  /** `rgba` returns the raw pixels (base64) instead of a PNG, to build other image formats from. */
  format?: 'png' | 'rgba';
  /** Pixels per point: 150 dpi ≈ 2.08. */
  scale?: number;
  /**
   * Paragraphs (indexes) speckled like a bad photocopy: Tesseract still finds the lines but
   * reads them with a confidence well under 70 (measured in Chromium: 8 % of speckled pixels
   * gives 30–70 %, 15 % gives almost nothing).
   */
  noisy?: readonly number[];
}

/**
 * A PNG of an A4 page (at 150 dpi) with `paragraphs` set in a serif font, wrapped to the
 * page's width, drawn by the browser's own canvas: no image file is committed.
 */
export async function scanPng(page: Page, paragraphs: readonly string[], options: ScanOptions = {}): Promise<Buffer> {
  const dataUrl = await page.evaluate(
    ({ paragraphs, noisy, height, format }) => {
      const width = 1240;
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, width, height);
      const margin = 130;
      const size = 25;
      let y = 170;
      // A seeded generator: the same speckles on every run.
      let seed = 7;
      const random = () => {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        return seed / 0x7fffffff;
      };
      paragraphs.forEach((paragraph, index) => {
        ctx.font = `${size}px serif`;
        ctx.fillStyle = '#111';
        const top = y - size;
        let line = '';
        for (const word of paragraph.split(' ')) {
          const candidate = line ? `${line} ${word}` : word;
          if (ctx.measureText(candidate).width > width - 2 * margin && line) {
            ctx.fillText(line, margin, y);
            y += size * 1.45;
            line = word;
          } else {
            line = candidate;
          }
        }
        if (line) ctx.fillText(line, margin, y);
        if (noisy.includes(index)) {
          const area = ctx.getImageData(margin - 10, top, width - 2 * margin + 20, y - top + 12);
          for (let i = 0; i < area.data.length; i += 4) {
            const r = random();
            if (r < 0.05) area.data.fill(0, i, i + 3);
            else if (r < 0.1) area.data.fill(255, i, i + 3);
          }
          ctx.putImageData(area, margin - 10, top);
        }
        y += size * 1.45 + 18;
      });
      if (format === 'png') return canvas.toDataURL('image/png');
      const pixels = ctx.getImageData(0, 0, width, height).data;
      let binary = '';
      for (let i = 0; i < pixels.length; i += 0x8000) binary += String.fromCharCode(...pixels.subarray(i, i + 0x8000));
      return btoa(binary);
    },
    { paragraphs: [...paragraphs], noisy: [...(options.noisy ?? [])], height: options.height ?? 1754, format: options.format ?? 'png' },
  );
  return Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64');
}

/** The same page as an uncompressed TIFF, the format fax and copier scans are often saved in. */
export async function scanTiff(page: Page, paragraphs: readonly string[], height = 900): Promise<Buffer> {
  const rgba = await scanPng(page, paragraphs, { height, format: 'rgba' });
  // Playwright loads this CommonJS package with its exports under `default`; Vite does not.
  const UTIF = (utif as unknown as { default?: typeof utif }).default ?? utif;
  return Buffer.from(UTIF.encodeImage(new Uint8Array(rgba), 1240, height));
}

/** A PDF whose pages are only the given scans: no text layer at all. */
export async function scannedPdf(pngs: readonly Buffer[]): Promise<Buffer> {
  return Buffer.from(await writePdf([], pngs.map((png, i) => ({ png: new Uint8Array(png), at: i + 1 }))));
}

// Drops what is printed on every page but is not the document: running headers, footers and page numbers.
import type { Line } from './layoutTypes';

/**
 * A line that is only a page number, as printers set them: `3`, `- 3 -`, `Page 3`, `p. 3`,
 * `3/12`, `Page 3 sur 12`, `iii`.
 */
const PAGE_NUMBER = /^(?:(?:page|p\.)\s*)?[-–—]?\s*(?:\d{1,4}|[ivxlcdm]{1,7})\s*[-–—]?(?:\s*(?:\/|sur|of|de)\s*\d{1,4})?$/iu;

/** The same header on pages 1 and 2 only is enough in a two-page document; in general, half the pages. */
const MIN_SHARE = 0.5;

/** Header and footer text compared across pages: case and numbers aside (`Page 3 sur 12`, dates). */
function furnitureKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\d+/gu, '#')
    .replace(/\s+/gu, ' ')
    .trim();
}

export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text.trim());
}

/**
 * Removes running headers and footers: lines in the top or bottom rows of a page whose text
 * (numbers aside) recurs in the same band on at least half of the pages, and at least two.
 * Page numbers alone on the first or last row are removed even on a single page.
 */
export function removePageFurniture(pages: readonly (readonly Line[])[]): Line[][] {
  const pageCount = pages.length;
  const seen = new Map<string, Set<number>>();
  pages.forEach((lines, pageIndex) => {
    for (const line of lines) {
      if (!line.edge) continue;
      const key = `${line.edge}|${furnitureKey(line.text)}`;
      let onPages = seen.get(key);
      if (!onPages) seen.set(key, (onPages = new Set()));
      onPages.add(pageIndex);
    }
  });
  const repeated = new Set(
    [...seen].filter(([, onPages]) => onPages.size >= 2 && onPages.size >= pageCount * MIN_SHARE).map(([key]) => key),
  );

  return pages.map((lines) => {
    const extremes = extremeLines(lines);
    return lines.filter((line) => {
      if (!line.edge) return true;
      if (repeated.has(`${line.edge}|${furnitureKey(line.text)}`)) return false;
      return !(extremes.has(line) && isPageNumber(line.text));
    });
  });
}

/** The topmost and bottommost lines of a page (several when they share a row). */
function extremeLines(lines: readonly Line[]): Set<Line> {
  if (lines.length === 0) return new Set();
  const top = Math.min(...lines.map((line) => line.y));
  const bottom = Math.max(...lines.map((line) => line.y));
  return new Set(lines.filter((line) => Math.abs(line.y - top) < line.fontSize * 0.5 || Math.abs(line.y - bottom) < line.fontSize * 0.5));
}

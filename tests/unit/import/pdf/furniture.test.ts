// Running headers, footers and page numbers are not the document's text.
import { describe, expect, it } from 'vitest';
import { isPageNumber, removePageFurniture, type Line } from '../../../../shared/import/pdf';
import { bodyLine } from './helpers';

function pageOf(number: number, body: string[], top?: string, bottom?: string): Line[] {
  const lines: Line[] = [];
  if (top) lines.push({ ...bodyLine(top, 40, { page: number, short: true }), edge: 'top' });
  body.forEach((text, i) => {
    const line = bodyLine(text, 100 + i * 14, { page: number });
    if (!top && i < 2) line.edge = 'top';
    if (!bottom && i >= body.length - 2) line.edge = 'bottom';
    lines.push(line);
  });
  if (bottom) lines.push({ ...bodyLine(bottom, 800, { page: number, short: true }), edge: 'bottom' });
  return lines;
}

const texts = (pages: Line[][]) => pages.map((lines) => lines.map((line) => line.text));

describe('removePageFurniture', () => {
  it('removes a running header and numbered footers repeated on every page', () => {
    const pages = [1, 2, 3].map((n) => pageOf(n, [`corps ${n}a`, `corps ${n}b`, `corps ${n}c`], "Conseil d'État — N° 503163", `Page ${n} sur 3`));
    expect(texts(removePageFurniture(pages))).toEqual([1, 2, 3].map((n) => [`corps ${n}a`, `corps ${n}b`, `corps ${n}c`]));
  });

  it('removes a header that is missing from the first page', () => {
    const pages = [pageOf(1, ['titre', 'corps'], undefined, '1'), pageOf(2, ['suite'], 'CE, 25 avril 2025, n° 503163', '2'), pageOf(3, ['fin'], 'CE, 25 avril 2025, n° 503163', '3')];
    expect(texts(removePageFurniture(pages))).toEqual([['titre', 'corps'], ['suite'], ['fin']]);
  });

  it('removes a lone page number even on a single page, and keeps body text that happens to repeat', () => {
    const single = [pageOf(1, ['Vu la procédure suivante :', 'Par une requête'], undefined, '- 1 -')];
    expect(texts(removePageFurniture(single))).toEqual([['Vu la procédure suivante :', 'Par une requête']]);
    // Text in the middle of pages is never furniture, however often it recurs.
    const pages = [1, 2, 3].map((n) => pageOf(n, [`début ${n}`, `a ${n}`, 'Vu :', `b ${n}`, `fin ${n}`]));
    expect(removePageFurniture(pages).flat().filter((line) => line.text === 'Vu :')).toHaveLength(3);
  });
});

describe('isPageNumber', () => {
  it('knows how printers number pages', () => {
    for (const text of ['3', '- 3 -', '— 12 —', 'Page 3', 'page 3 sur 12', 'p. 4', '3/12', 'iv', 'Page 2 of 5']) expect(isPageNumber(text)).toBe(true);
    for (const text of ['3.', '1°)', 'N° 503163', 'Article 3', '2025-04-25']) expect(isPageNumber(text)).toBe(false);
  });
});

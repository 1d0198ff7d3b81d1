// Finds the legal paragraph number of each block: printed points (`7.`), or inferred `Considérant` order.
import type { DraftBlock } from '../model';
import { fold } from './fold';

// `7. Aux termes…` — a number, a dot, a space. `1°)` (a claim) and `1.2` (a sub-clause) are not points.
const DOTTED_POINT = /^(\d{1,3})\.\s/u;
// `7 Aux termes…` — the Court of Justice prints bare numbers; accepted only as a run 1, 2, 3…
const BARE_POINT = /^(\d{1,3})\s+(?=[«"“(\p{Lu}])/u;
// Old-style rulings: each reason opens with `Considérant que` / `Considérant qu'`, sometimes
// with a phrase between (`Considérant, d'une part, que`). `Considérant ce qui suit` is not one.
const CONSIDERANT = /^considerant\b[^.;:]{0,60}?\bqu(?:e\b|')/u;

/** Fewer bare numbers than this in a row is more likely a date or a quantity than numbering. */
const MIN_BARE_RUN = 3;

/**
 * Sets `number` on the blocks that carry a legal paragraph number, text unchanged:
 *
 * 1. Printed points `1.`, `12.` opening a paragraph or list item. A point counts only if its
 *    number is above the previous point's, so a stray `3.` in the header is not numbering.
 * 2. Failing those, bare numbers (`1 La demande…`), only in an unbroken run from 1.
 * 3. Failing those, paragraphs that open with `Considérant que` are numbered 1, 2, 3…, the way
 *    commentators cite old rulings (`cons. 3`).
 *
 * Headings are never numbered, and a number already set (by an importer) is kept. List items
 * are numbered only with `listItems: true` (the legal pass sets it for rulings): a ruling
 * written in Markdown has its points as an ordered list, but an article's ordered list is no
 * legal numbering.
 */
export function detectParagraphNumbers(blocks: readonly DraftBlock[], options: { listItems?: boolean } = {}): DraftBlock[] {
  const numberable = (block: DraftBlock): boolean =>
    !block.number && (block.type === 'paragraph' || (block.type === 'listItem' && options.listItems === true));
  const candidates = blocks.map((block) => (numberable(block) ? block.text : null));
  const numbers = dottedPoints(candidates) ?? barePoints(candidates) ?? considerants(candidates);
  return blocks.map((block, i) => {
    const number = numbers?.[i];
    return number ? { ...block, number } : block;
  });
}

type Numbers = (string | undefined)[];

function dottedPoints(texts: readonly (string | null)[]): Numbers | null {
  let last = 0;
  let found = false;
  const numbers = texts.map((text) => {
    const match = text === null ? null : DOTTED_POINT.exec(text);
    const value = match ? Number(match[1]) : 0;
    if (value <= last) return undefined;
    last = value;
    found = true;
    return String(value);
  });
  return found ? numbers : null;
}

function barePoints(texts: readonly (string | null)[]): Numbers | null {
  let expected = 1;
  const numbers = texts.map((text) => {
    const match = text === null ? null : BARE_POINT.exec(text);
    if (!match || Number(match[1]) !== expected) return undefined;
    expected++;
    return String(expected - 1);
  });
  return expected - 1 >= MIN_BARE_RUN ? numbers : null;
}

function considerants(texts: readonly (string | null)[]): Numbers | null {
  let count = 0;
  const numbers = texts.map((text) => (text !== null && CONSIDERANT.test(fold(text)) ? String(++count) : undefined));
  return count > 0 ? numbers : null;
}

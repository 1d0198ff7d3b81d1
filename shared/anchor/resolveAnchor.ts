// Finds a stored anchor in a document's blocks, or in a new version of them (re-anchoring, DESIGN.md §5).
import type { Anchor, BlockPoint, TextPosition, TextQuote } from '../model';
import { fuzzyMatchQuote, textMatchScore } from './fuzzyMatch';
import { toTextIndex, type TextIndex, type TextSource } from './textIndex';

export type ResolvedAnchor =
  | { status: 'anchored' | 'drifted'; start: BlockPoint; end: BlockPoint; position: TextPosition }
  | { status: 'orphan' };

/**
 * Cheapest test first: the stored points, the stored position, the quote found as is, then
 * approximately. Only the fuzzy step reports `drifted`: there the text itself has changed.
 */
export function resolveAnchor(source: TextSource, anchor: Anchor): ResolvedAnchor {
  const index = toTextIndex(source);
  const { text } = index;
  const { exact } = anchor.quote;
  if (exact.length === 0) return { status: 'orphan' };

  const start = index.offsetOf(anchor.start);
  const end = index.offsetOf(anchor.end);
  if (start !== undefined && end !== undefined && textEquals(text, start, end, exact)) {
    return located(index, 'anchored', start, end);
  }
  const { start: oldStart, end: oldEnd } = anchor.position;
  if (textEquals(text, oldStart, oldEnd, exact)) return located(index, 'anchored', oldStart, oldEnd);

  const found = exactQuoteMatch(text, anchor.quote, oldStart);
  if (found !== undefined) return located(index, 'anchored', found, found + exact.length);

  const fuzzy = fuzzyMatchQuote(text, anchor.quote, oldStart);
  if (fuzzy) return located(index, 'drifted', fuzzy.start, fuzzy.end);
  return { status: 'orphan' };
}

/** Re-anchors many passages against one text, built once for the whole batch. */
export function resolveAnchors(source: TextSource, anchors: readonly Anchor[]): ResolvedAnchor[] {
  const index = toTextIndex(source);
  return anchors.map((anchor) => resolveAnchor(index, anchor));
}

function textEquals(text: string, start: number, end: number, exact: string): boolean {
  // startsWith compares in place, where slice would copy the passage for every anchor.
  return Number.isInteger(start) && start >= 0 && end - start === exact.length && text.startsWith(exact, start);
}

/**
 * Where the quote occurs as is. Between several occurrences (a phrase repeated in a ruling)
 * the context decides, and when the context agrees equally, closeness to the old place.
 */
function exactQuoteMatch(text: string, quote: TextQuote, hint: number): number | undefined {
  let best: number | undefined;
  let bestContext = -1;
  for (let at = text.indexOf(quote.exact); at !== -1; at = text.indexOf(quote.exact, at + 1)) {
    if (best === undefined) {
      best = at;
      continue;
    }
    if (bestContext < 0) bestContext = contextScore(text, best, quote);
    const context = contextScore(text, at, quote);
    if (context > bestContext || (context === bestContext && Math.abs(at - hint) < Math.abs(best - hint))) {
      best = at;
      bestContext = context;
    }
  }
  return best;
}

function contextScore(text: string, at: number, quote: TextQuote): number {
  const end = at + quote.exact.length;
  const prefix = quote.prefix ? textMatchScore(text.slice(Math.max(0, at - quote.prefix.length), at), quote.prefix) : 1;
  const suffix = quote.suffix ? textMatchScore(text.slice(end, end + quote.suffix.length), quote.suffix) : 1;
  return prefix + suffix;
}

function located(index: TextIndex, status: 'anchored' | 'drifted', start: number, end: number): ResolvedAnchor {
  return { status, start: index.pointAt(start, 'start'), end: index.pointAt(end, 'end'), position: { start, end } };
}

// Finds a stored anchor in a document's blocks, or in a new version of them (re-anchoring, DESIGN.md §5).
import type { Anchor, BlockPoint, TextPosition, TextQuote } from '../model';
import { fuzzyMatchQuote } from './fuzzyMatch';
import { contextScores } from './quoteScore';
import { toTextIndex, type TextIndex, type TextSource } from './textIndex';

/** How far from the expected place the cheap exact search looks before scanning the whole text. */
const NEAR = 4096;

export type ResolvedAnchor =
  | { status: 'anchored' | 'drifted'; start: BlockPoint; end: BlockPoint; position: TextPosition }
  | { status: 'orphan' };

/**
 * Cheapest test first: the stored points, the stored position, the quote found as is, then
 * approximately. Only the fuzzy step reports `drifted`: there the text itself has changed.
 */
export function resolveAnchor(source: TextSource, anchor: Anchor): ResolvedAnchor {
  return resolveNear(toTextIndex(source), anchor, anchor.position.start);
}

/**
 * Re-anchors many passages against one text, built once for the whole batch. Passages are
 * taken in reading order and each is first looked for where the previous one moved to: after
 * an insertion near the top, every later passage is shifted by the same amount.
 */
export function resolveAnchors(source: TextSource, anchors: readonly Anchor[]): ResolvedAnchor[] {
  const index = toTextIndex(source);
  const results = new Array<ResolvedAnchor>(anchors.length);
  const order = anchors.map((_, i) => i).sort((a, b) => anchors[a]!.position.start - anchors[b]!.position.start);
  let shift = 0;
  for (const i of order) {
    const anchor = anchors[i]!;
    const resolved = resolveNear(index, anchor, anchor.position.start + shift);
    if (resolved.status !== 'orphan') shift = resolved.position.start - anchor.position.start;
    results[i] = resolved;
  }
  return results;
}

/** `expected` is where the passage should now start; it is also the tie-breaker between equals. */
function resolveNear(index: TextIndex, anchor: Anchor, expected: number): ResolvedAnchor {
  const { text } = index;
  const { quote } = anchor;
  if (quote.exact.length === 0) return { status: 'orphan' };

  const start = index.offsetOf(anchor.start);
  const end = index.offsetOf(anchor.end);
  if (start !== undefined && end !== undefined && textEquals(text, start, end, quote.exact)) {
    return located(index, 'anchored', start, end);
  }
  const { start: oldStart, end: oldEnd } = anchor.position;
  if (textEquals(text, oldStart, oldEnd, quote.exact)) return located(index, 'anchored', oldStart, oldEnd);

  const found = exactNear(text, quote, expected) ?? exactQuoteMatch(text, quote, expected);
  if (found !== undefined) return located(index, 'anchored', found, found + quote.exact.length);

  const fuzzy = fuzzyMatchQuote(text, quote, expected);
  if (fuzzy) return located(index, 'drifted', fuzzy.start, fuzzy.end);
  return { status: 'orphan' };
}

/**
 * Scanning a 750 kB text for every passage would dominate re-anchoring, so first look near
 * the expected place for an occurrence whose prefix and suffix agree exactly: no occurrence
 * can score better on context, and any further one is also further away.
 */
function exactNear(text: string, quote: TextQuote, expected: number): number | undefined {
  const from = Math.max(0, Math.min(expected, text.length) - NEAR);
  // A bounded slice, because indexOf on the whole text would run on to its end when the
  // quote is not near.
  const window = text.slice(from, Math.max(0, expected) + quote.exact.length + NEAR);
  let best: number | undefined;
  for (let local = window.indexOf(quote.exact); local !== -1; local = window.indexOf(quote.exact, local + 1)) {
    const at = from + local;
    const context = text.endsWith(quote.prefix, at) && text.startsWith(quote.suffix, at + quote.exact.length);
    if (context && (best === undefined || Math.abs(at - expected) < Math.abs(best - expected))) best = at;
  }
  return best;
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
  const { prefix, suffix } = contextScores(text, at, at + quote.exact.length, quote);
  return prefix + suffix;
}

function located(index: TextIndex, status: 'anchored' | 'drifted', start: number, end: number): ResolvedAnchor {
  return { status, start: index.pointAt(start, 'start'), end: index.pointAt(end, 'end'), position: { start, end } };
}

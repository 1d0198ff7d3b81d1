// Re-anchors a document's passages on a new version of its blocks: anchored, drifted or orphan, never dropped.
import type { Anchor, Annotation, Block } from '../model';
import { quoteAt } from './anchorPassage';
import { resolveAnchors } from './resolveAnchor';
import { TextIndex } from './textIndex';

export interface ReanchorReport {
  passages: Annotation[];
  anchored: number;
  drifted: number;
  orphan: number;
}

/**
 * Every passage comes back, in the same order, with a status (DESIGN.md §5):
 *
 * - `anchored`: its exact text was found; its points, position and context now describe the
 *   new blocks.
 * - `drifted`: only an approximate match was found; the anchor moves to the new text and the
 *   old text is kept in `previousExact` for the review list.
 * - `orphan`: not found; the anchor is left as it was (its quote is the passage's text, which
 *   the review list shows), so the user decides what to do with it.
 *
 * A passage already `drifted` or `orphan` from an earlier version keeps its first
 * `previousExact`, so the review shows what the user originally tagged.
 */
export function reanchorPassages(blocks: readonly Block[], passages: readonly Annotation[], now: number): ReanchorReport {
  const index = TextIndex.of(blocks);
  const resolved = resolveAnchors(index, passages.map((passage) => passage.anchor));
  const counts = { anchored: 0, drifted: 0, orphan: 0 };
  const updated = passages.map((passage, i): Annotation => {
    const result = resolved[i] ?? { status: 'orphan' as const };
    counts[result.status]++;
    if (result.status === 'orphan') return { ...passage, status: 'orphan', updatedAt: now };
    const anchor: Anchor = {
      start: result.start,
      end: result.end,
      quote: quoteAt(index.text, result.position.start, result.position.end),
      position: result.position,
    };
    const next: Annotation = { ...passage, anchor, status: result.status, updatedAt: now };
    if (result.status === 'drifted') next.previousExact = passage.previousExact ?? passage.anchor.quote.exact;
    return next;
  });
  return { passages: updated, ...counts };
}

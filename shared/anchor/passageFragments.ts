// Cuts each block's text into fragments covered by the same set of passages, so overlapping
// passages render as flat marks ([A], [A,B], [B]) instead of nested ones.
import type { Block, BlockPoint } from '../model';

export interface PassageSpan {
  id: string;
  start: BlockPoint;
  end: BlockPoint;
}

/** A passage's range inside one block, in UTF-16 offsets of that block's text. */
export interface BlockRange {
  id: string;
  start: number;
  end: number;
}

export interface Fragment {
  text: string;
  /** Passage ids covering this fragment, in a stable order; empty for plain text. */
  ids: string[];
}

/** Splits passage spans into per-block ranges (a passage over three paragraphs gives three ranges). */
export function rangesByBlock(blocks: readonly Block[], spans: readonly PassageSpan[]): Map<string, BlockRange[]> {
  const index = new Map<string, number>();
  blocks.forEach((block, i) => index.set(block.id, i));
  const byBlock = new Map<string, BlockRange[]>();
  for (const span of spans) {
    const first = index.get(span.start.blockId);
    const last = index.get(span.end.blockId);
    if (first === undefined || last === undefined || last < first) continue;
    for (let i = first; i <= last; i++) {
      const block = blocks[i];
      if (!block) continue;
      const start = i === first ? span.start.offset : 0;
      const end = i === last ? span.end.offset : block.text.length;
      const clampedStart = Math.max(0, Math.min(start, block.text.length));
      const clampedEnd = Math.max(clampedStart, Math.min(end, block.text.length));
      if (clampedEnd === clampedStart) continue;
      const list = byBlock.get(block.id) ?? [];
      list.push({ id: span.id, start: clampedStart, end: clampedEnd });
      byBlock.set(block.id, list);
    }
  }
  return byBlock;
}

/** The fragments of one block's text for the given ranges; concatenated, they give the text back. */
export function fragmentText(text: string, ranges: readonly BlockRange[]): Fragment[] {
  if (ranges.length === 0) return text === '' ? [] : [{ text, ids: [] }];
  return disjointFragments(text, ranges) ?? overlappingFragments(text, ranges);
}

/**
 * The common case, ranges that neither overlap nor share an id: plain text and one mark per range, cut in one
 * pass (opening a long ruling cuts 700 paragraphs). Null when the ranges need the general cut.
 */
function disjointFragments(text: string, ranges: readonly BlockRange[]): Fragment[] | null {
  const sorted = ranges.length === 1 ? ranges : [...ranges].sort((a, b) => a.start - b.start);
  const fragments: Fragment[] = [];
  let at = 0;
  let previousId: string | null = null;
  for (const range of sorted) {
    if (range.start < at || range.start >= range.end || range.end > text.length || range.id === previousId) return null;
    if (range.start > at) fragments.push({ text: text.slice(at, range.start), ids: [] });
    fragments.push({ text: text.slice(range.start, range.end), ids: [range.id] });
    at = range.end;
    previousId = range.id;
  }
  if (at < text.length) fragments.push({ text: text.slice(at), ids: [] });
  return fragments;
}

function overlappingFragments(text: string, ranges: readonly BlockRange[]): Fragment[] {
  const cuts = new Set<number>([0, text.length]);
  for (const r of ranges) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const order = new Map(ranges.map((r, i) => [r.id, i] as const));
  const fragments: Fragment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i] as number;
    const to = points[i + 1] as number;
    if (to === from) continue;
    const ids = [...new Set(ranges.filter((r) => r.start <= from && r.end >= to).map((r) => r.id))].sort(
      (a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0),
    );
    const previous = fragments[fragments.length - 1];
    // Neighbours covered by exactly the same passages are one fragment.
    if (previous && previous.ids.join('\u0000') === ids.join('\u0000')) previous.text += text.slice(from, to);
    else fragments.push({ text: text.slice(from, to), ids });
  }
  return fragments;
}

// The text a selected range covers in the canonical blocks, for Copy with citation from the context menu.
import type { Block, BlockPoint } from '../../../shared/model';
import type { ReaderSelection } from '../app/commands/copyWithCitation';
import type { SelectedRange } from './plugins/SelectionToPassagePlugin';

/** Paragraphs are joined by a line break, as the DOM selection reads them; null when the range is empty or stale. */
export function selectedQuote(blocks: readonly Block[], range: SelectedRange): ReaderSelection | null {
  const first = blocks.findIndex((block) => block.id === range.start.blockId);
  const last = blocks.findIndex((block) => block.id === range.end.blockId);
  if (first < 0 || last < first) return null;
  const text = blocks
    .slice(first, last + 1)
    .map((block, i) => block.text.slice(i === 0 ? range.start.offset : 0, first + i === last ? range.end.offset : block.text.length))
    .join('\n');
  return text.trim() ? { text, startBlockId: range.start.blockId } : null;
}

/** The passage that holds the whole range (the narrowest when they nest), for "Note on this passage". */
export function passageAtRange<P extends { id: string; anchor: { start: BlockPoint; end: BlockPoint } }>(passages: readonly P[], blocks: readonly Block[], range: SelectedRange): P | null {
  const order = new Map(blocks.map((block, i) => [block.id, i] as const));
  const at = (point: BlockPoint) => (order.get(point.blockId) ?? -1) * 1e9 + point.offset;
  const from = at(range.start);
  const to = at(range.end);
  let best: P | null = null;
  for (const passage of passages) {
    const start = at(passage.anchor.start);
    const end = at(passage.anchor.end);
    if (start < 0 || start > from || end < to) continue;
    if (!best || end - start < at(best.anchor.end) - at(best.anchor.start)) best = passage;
  }
  return best;
}

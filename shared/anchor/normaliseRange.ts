// Tidies a raw selection before it becomes a passage: ordered ends, no edge whitespace,
// and no empty tail in the next paragraph (what a triple click leaves behind).
import type { Block, BlockPoint } from '../model';

export interface BlockRangePoints {
  start: BlockPoint;
  end: BlockPoint;
}

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/u.test(ch);

/** Returns null when the selection holds no text once tidied. `blocks` must be in reading order. */
export function normaliseRange(blocks: readonly Block[], a: BlockPoint, b: BlockPoint): BlockRangePoints | null {
  const index = new Map(blocks.map((block, i) => [block.id, i] as const));
  const ia = index.get(a.blockId);
  const ib = index.get(b.blockId);
  if (ia === undefined || ib === undefined) return null;
  const aFirst = ia < ib || (ia === ib && a.offset <= b.offset);
  let [si, so] = aFirst ? [ia, a.offset] : [ib, b.offset];
  let [ei, eo] = aFirst ? [ib, b.offset] : [ia, a.offset];
  const text = (i: number) => blocks[i]?.text ?? '';
  so = Math.max(0, Math.min(so, text(si).length));
  eo = Math.max(0, Math.min(eo, text(ei).length));

  // Move the start forward past whitespace and block ends.
  while (si < ei || (si === ei && so < eo)) {
    if (so >= text(si).length) {
      si += 1;
      so = 0;
    } else if (isSpace(text(si)[so])) so += 1;
    else break;
  }
  // Move the end backward past whitespace and block starts.
  while (ei > si || (ei === si && eo > so)) {
    if (eo <= 0) {
      ei -= 1;
      eo = text(ei).length;
    } else if (isSpace(text(ei)[eo - 1])) eo -= 1;
    else break;
  }
  if (si > ei || (si === ei && so >= eo)) return null;
  const startBlock = blocks[si];
  const endBlock = blocks[ei];
  if (!startBlock || !endBlock) return null;
  return { start: { blockId: startBlock.id, offset: so }, end: { blockId: endBlock.id, offset: eo } };
}

// The canonical document text (blocks joined by '\n') and the mapping between its offsets and BlockPoints.
import type { Block, BlockPoint } from '../model';

/** Which side of a range a point is: decides where an offset on a '\n' separator goes. */
export type PointSide = 'start' | 'end';

/** Blocks in reading order, without copying or sorting when they already are (the usual case). */
export function sortedBlocks(blocks: readonly Block[]): readonly Block[] {
  for (let i = 1; i < blocks.length; i += 1) {
    if (blocks[i - 1]!.order > blocks[i]!.order) return [...blocks].sort((a, b) => a.order - b.order);
  }
  return blocks;
}

/** The text that TextPosition offsets and contentHash refer to (DESIGN.md §5). */
export function documentText(blocks: readonly Block[]): string {
  return sortedBlocks(blocks)
    .map((block) => block.text)
    .join('\n');
}

/** Start offset of each block in documentText(blocks). */
export function blockOffsets(blocks: readonly Block[]): Map<string, number> {
  const offsets = new Map<string, number>();
  let start = 0;
  for (const block of sortedBlocks(blocks)) {
    offsets.set(block.id, start);
    start += block.text.length + 1;
  }
  return offsets;
}

/**
 * Built once per document (O(n)), then every lookup is a map hit or a binary search,
 * so anchoring thousands of passages never rebuilds or re-scans the text.
 */
export class TextIndex {
  readonly text: string;
  private readonly ids: string[];
  private readonly starts: Int32Array;
  private readonly lengths: Int32Array;
  private readonly slots: Map<string, number>;

  private constructor(blocks: readonly Block[]) {
    const ordered = sortedBlocks(blocks);
    this.ids = ordered.map((block) => block.id);
    this.starts = new Int32Array(ordered.length);
    this.lengths = new Int32Array(ordered.length);
    this.slots = new Map();
    let start = 0;
    ordered.forEach((block, slot) => {
      this.starts[slot] = start;
      this.lengths[slot] = block.text.length;
      this.slots.set(block.id, slot);
      start += block.text.length + 1;
    });
    this.text = ordered.map((block) => block.text).join('\n');
  }

  static of(blocks: readonly Block[]): TextIndex {
    return new TextIndex(blocks);
  }

  get blockCount(): number {
    return this.ids.length;
  }

  /** Position of a block in reading order, or undefined for an id not in this document. */
  slotOf(blockId: string): number | undefined {
    return this.slots.get(blockId);
  }

  blockLength(blockId: string): number | undefined {
    const slot = this.slots.get(blockId);
    return slot === undefined ? undefined : this.lengths[slot];
  }

  /**
   * Global offset of a point. `clamp` pulls an out-of-range offset into its block (for a
   * selection read from the DOM); without it such a point is invalid (a stale anchor).
   */
  offsetOf(point: BlockPoint, clamp = false): number | undefined {
    const slot = this.slots.get(point.blockId);
    if (slot === undefined) return undefined;
    const length = this.lengths[slot]!;
    let offset = point.offset;
    if (!Number.isInteger(offset) || offset < 0 || offset > length) {
      if (!clamp) return undefined;
      offset = Number.isFinite(offset) ? Math.min(Math.max(Math.trunc(offset), 0), length) : 0;
    }
    return this.starts[slot]! + offset;
  }

  /**
   * The point for a global offset. An offset on a separator belongs to no block: a range
   * starting there starts at the next block, a range ending just after it ends at the end
   * of the previous block, so a passage never holds an empty fragment of a neighbour.
   */
  pointAt(offset: number, side: PointSide): BlockPoint {
    const count = this.ids.length;
    if (count === 0) throw new Error('Cannot map an offset in a document without blocks.');
    const clamped = Math.min(Math.max(offset, 0), this.text.length);
    let slot = this.slotAtOffset(clamped);
    let inBlock = clamped - this.starts[slot]!;
    if (side === 'start' && inBlock === this.lengths[slot]! && slot + 1 < count) {
      slot += 1;
      inBlock = 0;
    } else if (side === 'end' && inBlock === 0 && slot > 0) {
      slot -= 1;
      inBlock = this.lengths[slot]!;
    }
    return { blockId: this.ids[slot]!, offset: inBlock };
  }

  /** The last block starting at or before `offset` (binary search). */
  private slotAtOffset(offset: number): number {
    let low = 0;
    let high = this.ids.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }
}

/** Functions take either the blocks or an index already built for them. */
export type TextSource = readonly Block[] | TextIndex;

export function toTextIndex(source: TextSource): TextIndex {
  return source instanceof TextIndex ? source : TextIndex.of(source);
}

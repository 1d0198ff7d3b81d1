import { describe, expect, it } from 'vitest';
import { blockOffsets, documentText, TextIndex } from '../../../shared/anchor';
import { makeBlocks } from './fixtures';

describe('documentText and blockOffsets', () => {
  const blocks = makeBlocks(['alpha', 'beta', '', 'gamma']);
  const shuffled = [blocks[3]!, blocks[0]!, blocks[2]!, blocks[1]!];

  it('joins the blocks in reading order with a newline, whatever order they arrive in', () => {
    expect(documentText(shuffled)).toBe('alpha\nbeta\n\ngamma');
    expect(documentText([])).toBe('');
  });

  it('gives the start of each block in that text', () => {
    expect(blockOffsets(shuffled)).toEqual(
      new Map([
        ['b0', 0],
        ['b1', 6],
        ['b2', 11],
        ['b3', 12],
      ]),
    );
  });

  it('does not reorder the caller’s array', () => {
    documentText(shuffled);
    expect(shuffled.map((block) => block.id)).toEqual(['b3', 'b0', 'b2', 'b1']);
  });

  it('handles 10,000 blocks', () => {
    const many = makeBlocks(Array.from({ length: 10_000 }, (_, i) => `Paragraphe ${i}.`));
    const offsets = blockOffsets(many);
    const text = documentText(many);
    expect(offsets.size).toBe(10_000);
    const last = offsets.get('b9999')!;
    expect(text.slice(last)).toBe('Paragraphe 9999.');
  });
});

describe('TextIndex', () => {
  const index = TextIndex.of(makeBlocks(['alpha', 'beta', '', 'gamma']));

  it('maps points to global offsets, refusing stale offsets unless asked to clamp', () => {
    expect(index.offsetOf({ blockId: 'b1', offset: 2 })).toBe(8);
    expect(index.offsetOf({ blockId: 'b1', offset: 5 })).toBeUndefined();
    expect(index.offsetOf({ blockId: 'b1', offset: 5 }, true)).toBe(10);
    expect(index.offsetOf({ blockId: 'b1', offset: -3 }, true)).toBe(6);
    expect(index.offsetOf({ blockId: 'nope', offset: 0 })).toBeUndefined();
  });

  it('maps offsets inside a block back to that block', () => {
    expect(index.pointAt(8, 'start')).toEqual({ blockId: 'b1', offset: 2 });
    expect(index.pointAt(8, 'end')).toEqual({ blockId: 'b1', offset: 2 });
  });

  it('moves an offset on a separator to the next block for a start and the previous block for an end', () => {
    // 5 is the '\n' after "alpha"; 6 is the start of "beta".
    expect(index.pointAt(5, 'start')).toEqual({ blockId: 'b1', offset: 0 });
    expect(index.pointAt(5, 'end')).toEqual({ blockId: 'b0', offset: 5 });
    expect(index.pointAt(6, 'end')).toEqual({ blockId: 'b0', offset: 5 });
    // The empty block b2 sits at 11: a range never starts or ends inside it.
    expect(index.pointAt(11, 'start')).toEqual({ blockId: 'b3', offset: 0 });
    expect(index.pointAt(12, 'end')).toEqual({ blockId: 'b2', offset: 0 });
  });

  it('keeps the document edges in the first and last blocks', () => {
    expect(index.pointAt(0, 'end')).toEqual({ blockId: 'b0', offset: 0 });
    expect(index.pointAt(17, 'start')).toEqual({ blockId: 'b3', offset: 5 });
    expect(index.pointAt(99, 'end')).toEqual({ blockId: 'b3', offset: 5 });
  });
});

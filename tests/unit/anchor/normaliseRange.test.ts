import { describe, expect, it } from 'vitest';
import { normaliseRange } from '../../../shared/anchor/normaliseRange';
import type { Block } from '../../../shared/model';

const blocks: Block[] = [
  { id: 'b1', docId: 'd', order: 0, type: 'paragraph', text: '1. Aux termes de l’article L. 521-1 :' },
  { id: 'b2', docId: 'd', order: 1, type: 'paragraph', text: '  Sur la condition d’urgence  ' },
  { id: 'b3', docId: 'd', order: 2, type: 'paragraph', text: '2. Il résulte de l’instruction.' },
];

describe('normaliseRange', () => {
  it('orders a backwards selection', () => {
    expect(normaliseRange(blocks, { blockId: 'b3', offset: 5 }, { blockId: 'b1', offset: 3 })).toEqual({
      start: { blockId: 'b1', offset: 3 },
      end: { blockId: 'b3', offset: 5 },
    });
  });

  it('trims whitespace at both ends', () => {
    expect(normaliseRange(blocks, { blockId: 'b2', offset: 0 }, { blockId: 'b2', offset: 30 })).toEqual({
      start: { blockId: 'b2', offset: 2 },
      end: { blockId: 'b2', offset: 28 },
    });
  });

  it('drops the empty tail a triple click leaves at the start of the next paragraph', () => {
    expect(normaliseRange(blocks, { blockId: 'b1', offset: 0 }, { blockId: 'b2', offset: 0 })).toEqual({
      start: { blockId: 'b1', offset: 0 },
      end: { blockId: 'b1', offset: blocks[0]!.text.length },
    });
  });

  it('moves a start sitting at the end of a paragraph to the next one', () => {
    expect(normaliseRange(blocks, { blockId: 'b1', offset: blocks[0]!.text.length }, { blockId: 'b3', offset: 2 })).toEqual({
      start: { blockId: 'b2', offset: 2 },
      end: { blockId: 'b3', offset: 2 },
    });
  });

  it('returns null for a whitespace-only or collapsed selection or an unknown block', () => {
    expect(normaliseRange(blocks, { blockId: 'b2', offset: 0 }, { blockId: 'b2', offset: 2 })).toBeNull();
    expect(normaliseRange(blocks, { blockId: 'b1', offset: 4 }, { blockId: 'b1', offset: 4 })).toBeNull();
    expect(normaliseRange(blocks, { blockId: 'zz', offset: 0 }, { blockId: 'b1', offset: 4 })).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { paragraphNumbers } from '../../../shared/export';
import type { Block } from '../../../shared/model';
import { blocks } from './fixtures';

describe('paragraphNumbers', () => {
  it('gives a block its own number, or the number of the point it continues within its section', () => {
    const numbers = paragraphNumbers(blocks);
    expect(Object.fromEntries(numbers)).toEqual({ r1: '1', r1b: '1', r2: '2', r3: '3' });
  });

  it('does not carry a number across a heading or into another section', () => {
    const b = (id: string, order: number, fields: Partial<Block>): Block => ({ id, docId: 'd', order, type: 'paragraph', text: id, ...fields });
    const numbers = paragraphNumbers([
      b('n7', 0, { number: '7', section: 'reasoning' }),
      b('quoted', 1, { section: 'reasoning' }),
      b('heading', 2, { type: 'heading', section: 'reasoning' }),
      b('after-heading', 3, { section: 'reasoning' }),
      b('n8', 4, { number: ' 8 ', section: 'reasoning' }),
      b('operative', 5, { section: 'operative' }),
    ]);
    expect(Object.fromEntries(numbers)).toEqual({ n7: '7', quoted: '7', n8: '8' });
  });

  it('reads the blocks in their order, not the array’s', () => {
    const shuffled = [blocks[5]!, blocks[4]!, blocks[3]!];
    expect(paragraphNumbers(shuffled).get('r1b')).toBe('1');
  });
});

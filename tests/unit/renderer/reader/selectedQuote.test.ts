// The context menu's quote and passage lookup work from the selected range, not from the live DOM selection.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../shared/model';
import { passageAtRange, selectedQuote } from '../../../../renderer/src/reader/selectedQuote';

const block = (id: string, order: number, text: string): Block => ({ id, docId: 'd', order, type: 'paragraph', text });
const blocks = [block('a', 0, '1. Première phrase.'), block('b', 1, '2. Deuxième phrase du juge.'), block('c', 2, '3. Troisième.')];
const passage = (id: string, start: [string, number], end: [string, number]) => ({ id, anchor: { start: { blockId: start[0], offset: start[1] }, end: { blockId: end[0], offset: end[1] } } });

describe('selectedQuote', () => {
  it('cuts the text of one paragraph and starts the citation there', () => {
    expect(selectedQuote(blocks, { start: { blockId: 'b', offset: 3 }, end: { blockId: 'b', offset: 18 } })).toEqual({ text: 'Deuxième phrase', startBlockId: 'b' });
  });
  it('joins paragraphs with a line break across a multi-paragraph range', () => {
    expect(selectedQuote(blocks, { start: { blockId: 'a', offset: 3 }, end: { blockId: 'c', offset: 2 } })?.text).toBe('Première phrase.\n2. Deuxième phrase du juge.\n3.');
  });
  it('gives null for an empty or stale range', () => {
    expect(selectedQuote(blocks, { start: { blockId: 'a', offset: 3 }, end: { blockId: 'a', offset: 3 } })).toBeNull();
    expect(selectedQuote(blocks, { start: { blockId: 'gone', offset: 0 }, end: { blockId: 'a', offset: 3 } })).toBeNull();
  });
});

describe('passageAtRange', () => {
  const outer = passage('outer', ['a', 0], ['c', 5]);
  const inner = passage('inner', ['b', 3], ['b', 20]);
  it('finds the narrowest passage holding the whole range', () => {
    expect(passageAtRange([outer, inner], blocks, { start: { blockId: 'b', offset: 5 }, end: { blockId: 'b', offset: 10 } })?.id).toBe('inner');
    expect(passageAtRange([outer, inner], blocks, { start: { blockId: 'a', offset: 2 }, end: { blockId: 'b', offset: 10 } })?.id).toBe('outer');
  });
  it('finds none when the range leaves every passage', () => {
    expect(passageAtRange([inner], blocks, { start: { blockId: 'b', offset: 1 }, end: { blockId: 'b', offset: 10 } })).toBeNull();
  });
});

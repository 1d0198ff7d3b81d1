import { describe, expect, it } from 'vitest';
import { fragmentText, rangesByBlock } from '../../../shared/anchor/passageFragments';
import type { Block } from '../../../shared/model';

const block = (id: string, order: number, text: string): Block => ({ id, docId: 'd', order, type: 'paragraph', text });

describe('fragmentText', () => {
  it('returns the plain text when no passage covers it', () => {
    expect(fragmentText('Aux termes de l’article L. 521-1', [])).toEqual([{ text: 'Aux termes de l’article L. 521-1', ids: [] }]);
  });

  it('cuts three overlapping passages into flat fragments that give the text back', () => {
    const text = 'abcdefghij';
    const fragments = fragmentText(text, [
      { id: 'A', start: 0, end: 6 },
      { id: 'B', start: 3, end: 9 },
      { id: 'C', start: 4, end: 5 },
    ]);
    expect(fragments).toEqual([
      { text: 'abc', ids: ['A'] },
      { text: 'd', ids: ['A', 'B'] },
      { text: 'e', ids: ['A', 'B', 'C'] },
      { text: 'f', ids: ['A', 'B'] },
      { text: 'ghi', ids: ['B'] },
      { text: 'j', ids: [] },
    ]);
    expect(fragments.map((f) => f.text).join('')).toBe(text);
  });

  it('handles nested passages and passages that share an edge', () => {
    const fragments = fragmentText('0123456789', [
      { id: 'outer', start: 0, end: 10 },
      { id: 'inner', start: 2, end: 4 },
      { id: 'next', start: 4, end: 6 },
    ]);
    expect(fragments).toEqual([
      { text: '01', ids: ['outer'] },
      { text: '23', ids: ['outer', 'inner'] },
      { text: '45', ids: ['outer', 'next'] },
      { text: '6789', ids: ['outer'] },
    ]);
  });
});

describe('fragmentText on ranges that do not overlap', () => {
  const text = 'abcdefghij';
  it('cuts ranges given out of order in reading order, with plain text around and between them', () => {
    expect(fragmentText(text, [{ id: 'B', start: 6, end: 8 }, { id: 'A', start: 1, end: 3 }])).toEqual([
      { text: 'a', ids: [] },
      { text: 'bc', ids: ['A'] },
      { text: 'def', ids: [] },
      { text: 'gh', ids: ['B'] },
      { text: 'ij', ids: [] },
    ]);
  });
  it('keeps touching ranges of two passages apart, and joins touching ranges of one passage', () => {
    expect(fragmentText(text, [{ id: 'A', start: 0, end: 2 }, { id: 'B', start: 2, end: 4 }]).map((f) => f.ids)).toEqual([['A'], ['B'], []]);
    expect(fragmentText(text, [{ id: 'A', start: 0, end: 2 }, { id: 'A', start: 2, end: 4 }])).toEqual([{ text: 'abcd', ids: ['A'] }, { text: 'efghij', ids: [] }]);
  });
  it('gives back the whole text for a range that covers it, and ignores empty ranges', () => {
    expect(fragmentText(text, [{ id: 'A', start: 0, end: 10 }])).toEqual([{ text, ids: ['A'] }]);
    expect(fragmentText(text, [{ id: 'A', start: 4, end: 4 }])).toEqual([{ text, ids: [] }]);
  });
});

describe('rangesByBlock', () => {
  const blocks = [block('b1', 0, 'premier'), block('b2', 1, 'deuxième'), block('b3', 2, 'troisième')];

  it('splits a passage over three paragraphs into one range per paragraph', () => {
    const map = rangesByBlock(blocks, [{ id: 'P', start: { blockId: 'b1', offset: 3 }, end: { blockId: 'b3', offset: 4 } }]);
    expect(map.get('b1')).toEqual([{ id: 'P', start: 3, end: 7 }]);
    expect(map.get('b2')).toEqual([{ id: 'P', start: 0, end: 8 }]);
    expect(map.get('b3')).toEqual([{ id: 'P', start: 0, end: 4 }]);
  });

  it('ignores spans whose blocks are unknown or reversed, and clamps offsets', () => {
    const map = rangesByBlock(blocks, [
      { id: 'gone', start: { blockId: 'x', offset: 0 }, end: { blockId: 'b1', offset: 2 } },
      { id: 'reversed', start: { blockId: 'b3', offset: 0 }, end: { blockId: 'b1', offset: 2 } },
      { id: 'long', start: { blockId: 'b2', offset: 2 }, end: { blockId: 'b2', offset: 999 } },
    ]);
    expect([...map.keys()]).toEqual(['b2']);
    expect(map.get('b2')).toEqual([{ id: 'long', start: 2, end: 8 }]);
  });
});

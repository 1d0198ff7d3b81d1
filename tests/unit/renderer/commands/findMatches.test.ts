// Find: case-insensitive matches with offsets into the original paragraph text.
import { describe, expect, it } from 'vitest';
import { findMatches } from '../../../../renderer/src/app/find/findMatches';

describe('findMatches', () => {
  it('finds every occurrence, in reading order, whatever the case', () => {
    const paragraphs = ['Le Cloud Act permet…', 'Rien ici.', 'du CLOUD ACT et du cloud act'];
    expect(findMatches(paragraphs, 'cloud act')).toEqual([
      { paragraph: 0, start: 3, end: 12 },
      { paragraph: 2, start: 3, end: 12 },
      { paragraph: 2, start: 19, end: 28 },
    ]);
  });

  it('keeps offsets right after characters whose lower case is longer', () => {
    expect(findMatches(['İstanbul, Cloud'], 'cloud')).toEqual([{ paragraph: 0, start: 10, end: 15 }]);
  });

  it('finds nothing for an empty or blank term', () => {
    expect(findMatches(['abc'], '')).toEqual([]);
    expect(findMatches(['a b'], '   ')).toEqual([]);
  });
});

// The library's "Compare" button puts the older decision on the A side, else the one imported first.
import { describe, expect, it } from 'vitest';
import { compareHash, orderForComparison } from '../../../shared/library';
import { libraryDoc } from './fixtures';

describe('orderForComparison', () => {
  it('puts the older decision first whatever the tick order', () => {
    const older = libraryDoc('o', { date: '2024-10-14', importedAt: 20 });
    const newer = libraryDoc('n', { date: '2025-04-25', importedAt: 10 });
    expect(orderForComparison(newer, older)).toEqual(['o', 'n']);
    expect(orderForComparison(older, newer)).toEqual(['o', 'n']);
  });

  it('falls back on import order when a date is missing or both are the same day', () => {
    const first = libraryDoc('f', { importedAt: 10 });
    const second = libraryDoc('s', { date: '2020-01-01', importedAt: 20 });
    expect(orderForComparison(second, first)).toEqual(['f', 's']);
    const sameDayA = libraryDoc('a', { date: '2025-04-25', importedAt: 30 });
    const sameDayB = libraryDoc('b', { date: '2025-04-25', importedAt: 5 });
    expect(orderForComparison(sameDayA, sameDayB)).toEqual(['b', 'a']);
  });

  it('keeps the given order when nothing tells them apart', () => {
    expect(orderForComparison(libraryDoc('x'), libraryDoc('y'))).toEqual(['x', 'y']);
  });
});

describe('compareHash', () => {
  it('encodes the ids of the route', () => {
    expect(compareHash('a/b')).toBe('#/compare/a%2Fb');
    expect(compareHash('a', 'b c')).toBe('#/compare/a/b%20c');
  });
});

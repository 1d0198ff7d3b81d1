import { describe, expect, it } from 'vitest';
import { boundedEditDistance } from '../../../shared/anchor/editDistance';

/** The textbook quadratic Levenshtein, as the reference. */
function levenshtein(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i];
    for (let j = 1; j <= b.length; j += 1) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}

describe('boundedEditDistance', () => {
  it('counts edits between wordings of a passage', () => {
    expect(boundedEditDistance('n’est pas remplie', "n'est pas remplie", 5)).toBe(1);
    expect(boundedEditDistance('la requête', 'la requête', 0)).toBe(0);
    expect(boundedEditDistance('', 'abc', 3)).toBe(3);
  });

  it('gives Infinity beyond the cut-off', () => {
    expect(boundedEditDistance('la requête est rejetée', 'la requête est admise', 3)).toBe(Infinity);
    expect(boundedEditDistance('abc', 'abcdefgh', 4)).toBe(Infinity);
  });

  it('agrees with the textbook algorithm on many random pairs', () => {
    let state = 1;
    const next = (): number => {
      state = (state * 48_271) % 2_147_483_647;
      return state;
    };
    const word = (): string => Array.from({ length: next() % 14 }, () => 'abc'[next() % 3]).join('');
    for (let trial = 0; trial < 2_000; trial += 1) {
      const [a, b, max] = [word(), word(), next() % 8];
      const expected = levenshtein(a, b);
      expect(boundedEditDistance(a, b, max), `${a} / ${b} / ${max}`).toBe(expected <= max ? expected : Infinity);
    }
  });
});

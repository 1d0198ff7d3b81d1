import { describe, expect, it } from 'vitest';
import { MAX_WORDS, parseQuery } from '../../../shared/search';

describe('parseQuery', () => {
  it('reads words, quoted phrases and exclusions', () => {
    const q = parseQuery('Cloud Act "données de santé" -Microsoft -"Health Data Hub"');
    expect(q.required).toEqual([
      { words: ['cloud'], phrase: false },
      { words: ['act'], phrase: false },
      { words: ['donnees', 'de', 'sante'], phrase: true },
    ]);
    expect(q.excluded).toEqual([
      { words: ['microsoft'], phrase: false },
      { words: ['health', 'data', 'hub'], phrase: true },
    ]);
    expect(q.problem).toBeUndefined();
  });

  it('accepts French quotes and an unclosed quote', () => {
    expect(parseQuery('« données de santé »').required).toEqual([{ words: ['donnees', 'de', 'sante'], phrase: true }]);
    expect(parseQuery('"trois ans').required).toEqual([{ words: ['trois', 'ans'], phrase: true }]);
  });

  it('names the problem of a query that cannot be searched', () => {
    expect(parseQuery('   ').problem).toBe('empty');
    expect(parseQuery('?!*.()[]{}^$|\\').problem).toBe('noWords');
    expect(parseQuery('le la de the').problem).toBe('onlyCommonWords');
    expect(parseQuery('-Microsoft').problem).toBe('onlyExclusions');
  });

  it('treats regular-expression characters as separators, never as patterns', () => {
    expect(parseQuery('(a+)+$ .* [art. L. 521-1]').required.map((c) => c.words[0])).toEqual(['a', 'art', 'l', '521', '1']);
  });

  it('reads at most MAX_WORDS words of a 10,000-character query, quickly', () => {
    const start = Date.now();
    const q = parseQuery('autorisation '.repeat(800));
    expect(q.required).toHaveLength(MAX_WORDS);
    expect(q.truncated).toBe(true);
    expect(Date.now() - start).toBeLessThan(1000);
  });
});

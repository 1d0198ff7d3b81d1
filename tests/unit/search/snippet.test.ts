import { describe, expect, it } from 'vitest';
import { makeSnippet, parseQuery, queryRanges } from '../../../shared/search';

const marked = (text: string, ranges: Array<{ start: number; end: number }>) => ranges.map((r) => text.slice(r.start, r.end));

describe('hit ranges and snippets', () => {
  it('highlights every form of a word as printed, and a phrase whole', () => {
    const text = "L'Autorisation puis les autorisations ; les données de santé, la santé.";
    expect(marked(text, queryRanges(text, parseQuery('autorisation')))).toEqual(['Autorisation', 'autorisations']);
    expect(marked(text, queryRanges(text, parseQuery('"données de santé"')))).toEqual(['données de santé']);
  });

  it('shows a short paragraph whole and cuts a long one around its hits, at word boundaries', () => {
    const short = makeSnippet('La CNIL autorise.', [{ start: 8, end: 16 }]);
    expect(short).toEqual({ text: 'La CNIL autorise.', highlights: [{ start: 8, end: 16 }], clippedStart: false, clippedEnd: false });

    const text = `${'Préambule sans intérêt pour la question. '.repeat(20)}Le Cloud Act permet des demandes. ${'Suite du texte sans rapport. '.repeat(20)}`;
    const snippet = makeSnippet(text, queryRanges(text, parseQuery('Cloud Act')), 200);
    expect(snippet.clippedStart && snippet.clippedEnd).toBe(true);
    expect(marked(snippet.text, snippet.highlights)).toEqual(['Cloud', 'Act']);
    expect(snippet.text.length).toBeLessThanOrEqual(230);
    expect(/^[\p{L}]/u.test(snippet.text) && /[\p{L}.]$/u.test(snippet.text)).toBe(true);
  });
});

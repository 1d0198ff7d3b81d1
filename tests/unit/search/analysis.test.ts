import { describe, expect, it } from 'vitest';
import { indexTerms, queryVariants, stemEnglish, stemFrench, tokenize } from '../../../shared/search';

describe('stemming', () => {
  it('brings French plurals and derived forms to one stem', () => {
    expect(stemFrench('autorisations')).toBe(stemFrench('autorisation'));
    expect(stemFrench('autoriser')).toBe(stemFrench('autorisation'));
    expect(stemFrench('hebergement')).toBe(stemFrench('heberger'));
    expect(stemFrench('heberge')).toBe(stemFrench('heberger'));
    expect(stemFrench('principaux')).toBe(stemFrench('principal'));
    expect(stemFrench('requetes')).toBe(stemFrench('requete'));
  });

  it('keeps apart words a jurist keeps apart, and numbers as they are', () => {
    expect(stemFrench('juridiction')).not.toBe(stemFrench('juridique'));
    expect(stemFrench('503163')).toBe('503163');
    expect(stemFrench('sans')).toBe('sans');
  });

  it('brings English plurals and endings to one stem', () => {
    expect(stemEnglish('authorisations')).toBe(stemEnglish('authorisation'));
    expect(stemEnglish('transfers')).toBe(stemEnglish('transfer'));
    expect(stemEnglish('parties')).toBe(stemEnglish('party'));
    expect(stemEnglish('access')).toBe('access');
  });
});

describe('tokens and terms', () => {
  it('folds case and accents without moving offsets, and splits elisions', () => {
    const text = "L'État HÉBERGE";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.folded)).toEqual(['l', 'etat', 'heberge']);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['L', 'État', 'HÉBERGE']);
  });

  it('leaves stop words out of the indexed terms', () => {
    expect(indexTerms('Le Conseil d’État et la CNIL', 'fr')).toBe('conseil etat cnil');
  });

  it('searches a query word under both languages’ stems', () => {
    expect(queryVariants('autorisations')).toContain(stemFrench('autorisation'));
    expect(queryVariants('parties')).toEqual(expect.arrayContaining([stemFrench('parties'), 'party']));
  });
});

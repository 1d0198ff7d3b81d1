// Words hyphenated across a line break are joined; hyphens that belong to the word are kept.
import { describe, expect, it } from 'vitest';
import { appendLine, vocabularyOf } from '../../../../shared/import/pdf';

describe('appendLine', () => {
  it('joins a word hyphenated at the end of a line', () => {
    expect(appendLine('les requérants sou-', 'tiennent que la délibération')).toBe('les requérants soutiennent que la délibération');
    expect(appendLine('des données pseudonymi-', 'sées, chiffrées')).toBe('des données pseudonymisées, chiffrées');
  });

  it('keeps the hyphen of a compound whose second part is a capital: Pays-Bas, Jean-Luc, Etats-Unis', () => {
    expect(appendLine('des centres situés aux Pays-', 'Bas et en France')).toBe('des centres situés aux Pays-Bas et en France');
    expect(appendLine('Signé : Jean-', 'Luc Martin')).toBe('Signé : Jean-Luc Martin');
    expect(appendLine('hors des Etats-', 'Unis ;')).toBe('hors des Etats-Unis ;');
  });

  it('keeps the hyphen of an article number, without a space', () => {
    expect(appendLine("au titre de l'article L. 761-", '1 du code')).toBe("au titre de l'article L. 761-1 du code");
  });

  it('keeps the hyphens of known French compounds', () => {
    expect(appendLine("c'est-", 'à-dire')).toBe("c'est-à-dire");
    expect(appendLine('elle-', 'même')).toBe('elle-même');
    expect(appendLine('les sous-', 'traitants')).toBe('les sous-traitants');
    expect(appendLine('mentionnés ci-', 'dessus')).toBe('mentionnés ci-dessus');
  });

  it('follows how the document spells the word elsewhere', () => {
    const vocabulary = vocabularyOf(['la non-conformité au règlement', 'le cloud souverain']);
    expect(appendLine('la non-', 'conformité', vocabulary)).toBe('la non-conformité');
    expect(appendLine('un opérateur en nu-', 'age', vocabularyOf(['un nuage']))).toBe('un opérateur en nuage');
    expect(appendLine('le pseudo-', 'cloud', vocabularyOf(['pseudo-cloud']))).toBe('le pseudo-cloud');
  });

  it('always joins at a soft hyphen, and treats a dash after a space as punctuation', () => {
    expect(appendLine('la déli\u00AD', 'bération')).toBe('la délibération');
    expect(appendLine('les requérants -', 'qui soutiennent')).toBe('les requérants - qui soutiennent');
  });

  it('joins other lines with one space', () => {
    expect(appendLine('', 'Premier')).toBe('Premier');
    expect(appendLine('Vu la procédure', '  suivante :')).toBe('Vu la procédure suivante :');
  });
});

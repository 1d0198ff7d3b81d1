import { describe, expect, it } from 'vitest';
import { abbreviateCourt, formatCitationDate, formatPinpointCitation } from '../../../shared/legal/citation';
import type { GloseDocument } from '../../../shared/model';

function doc(fields: Partial<GloseDocument>): GloseDocument {
  return {
    id: 'doc-1',
    title: 'Ordonnance du 25 avril 2025',
    kind: 'ruling',
    sourceFileName: 'ce-503163.txt',
    sourceFormat: 'text',
    language: 'fr',
    wordCount: 1200,
    importedAt: 0,
    contentHash: 'hash',
    ...fields,
  };
}

const ruling = doc({
  court: 'Conseil d’État',
  formation: 'Juge des référés',
  date: '2025-04-25',
  caseNumber: '503163',
  ecli: 'ECLI:FR:CEORD:2025:503163.20250425',
});

describe('formatPinpointCitation for a ruling', () => {
  it('cites in French style with every field', () => {
    expect(formatPinpointCitation(ruling, '7', 'fr')).toBe('CE, juge des référés, 25 avril 2025, n° 503163, pt 7');
  });

  it('cites in English style, names untranslated, date and abbreviations in English', () => {
    expect(formatPinpointCitation(ruling, '7', 'en')).toBe('CE, juge des référés, 25 April 2025, No 503163, para. 7');
  });

  it('leaves the paragraph out for the document as a whole', () => {
    expect(formatPinpointCitation(ruling, undefined, 'fr')).toBe('CE, juge des référés, 25 avril 2025, n° 503163');
    expect(formatPinpointCitation(ruling, '  ', 'en')).toBe('CE, juge des référés, 25 April 2025, No 503163');
  });

  it('writes the first of the month as 1er in French only', () => {
    const first = doc({ ...ruling, date: '2025-04-01' });
    expect(formatPinpointCitation(first, '2', 'fr')).toBe('CE, juge des référés, 1er avril 2025, n° 503163, pt 2');
    expect(formatPinpointCitation(first, '2', 'en')).toBe('CE, juge des référés, 1 April 2025, No 503163, para. 2');
  });

  it('omits missing fields without leaving double commas', () => {
    const sparse = doc({ court: 'Cour de cassation', caseNumber: '21-12.345' });
    expect(formatPinpointCitation(sparse, '12', 'fr')).toBe('Cass., n° 21-12.345, pt 12');
    const noFormation = doc({ ...ruling, formation: undefined, date: undefined });
    expect(formatPinpointCitation(noFormation, undefined, 'en')).toBe('CE, No 503163');
  });

  it('cites the ECLI only when there is no case number', () => {
    const withEcliOnly = doc({ ...ruling, caseNumber: undefined });
    expect(formatPinpointCitation(withEcliOnly, '7', 'fr')).toBe(
      'CE, juge des référés, 25 avril 2025, ECLI:FR:CEORD:2025:503163.20250425, pt 7',
    );
    expect(formatPinpointCitation(ruling, '7', 'fr')).not.toContain('ECLI');
    expect(formatPinpointCitation(doc({ court: 'Conseil constitutionnel', ecli: 'FR:CC:2025:2025.1.QPC' }), undefined, 'en')).toBe(
      'Cons. const., ECLI:FR:CC:2025:2025.1.QPC',
    );
  });

  it('does not repeat a number sign the importer kept', () => {
    expect(formatPinpointCitation(doc({ ...ruling, caseNumber: 'N° 503163' }), undefined, 'fr')).toBe(
      'CE, juge des référés, 25 avril 2025, n° 503163',
    );
    expect(formatPinpointCitation(doc({ ...ruling, caseNumber: 'No. 503163' }), undefined, 'en')).toBe(
      'CE, juge des référés, 25 April 2025, No 503163',
    );
  });

  it('lower-cases the formation as French usage has it, keeping acronyms', () => {
    expect(formatPinpointCitation(doc({ court: 'Conseil d’État', formation: 'JUGE DES RÉFÉRÉS' }), undefined, 'fr')).toBe(
      'CE, juge des référés',
    );
    expect(formatPinpointCitation(doc({ court: 'Conseil d’État', formation: 'Section du contentieux' }), undefined, 'fr')).toBe(
      'CE, section du contentieux',
    );
    expect(formatPinpointCitation(doc({ court: 'Conseil d’État', formation: 'CHR' }), undefined, 'fr')).toBe('CE, CHR');
    const cjeu = doc({ court: 'Court of Justice of the European Union', formation: 'Grand Chamber', caseNumber: 'C-311/18', date: '2020-07-16' });
    expect(formatPinpointCitation(cjeu, '134', 'en')).toBe('CJEU, Grand Chamber, 16 July 2020, No C-311/18, para. 134');
  });

  it('falls back to the title for a ruling known by neither court nor number', () => {
    expect(formatPinpointCitation(doc({ date: '2025-04-25' }), '3', 'fr')).toBe('Ordonnance du 25 avril 2025, 25 avril 2025, pt 3');
  });
});

describe('formatPinpointCitation with a page', () => {
  const pdf = { ...ruling, sourceFormat: 'pdf' as const };
  it('puts the page of a PDF after the point, in both styles', () => {
    expect(formatPinpointCitation(pdf, '7', 'fr', 3)).toMatch(/, pt 7, p\. 3$/);
    expect(formatPinpointCitation(pdf, '7', 'en', 3)).toMatch(/, para\. 7, p\. 3$/);
    expect(formatPinpointCitation(pdf, undefined, 'fr', 12)).toMatch(/n° 503163, p\. 12$/);
  });
  it('ignores a page that is not a page number', () => {
    expect(formatPinpointCitation(pdf, '7', 'fr', 0)).toMatch(/pt 7$/);
    expect(formatPinpointCitation(pdf, '7', 'fr', 1.5)).toMatch(/pt 7$/);
  });
});

describe('formatPinpointCitation for an article', () => {
  const article = doc({ kind: 'article', title: 'Le Health Data Hub face au Cloud Act', date: '2024-03-01' });

  it('cites title, date and paragraph', () => {
    expect(formatPinpointCitation(article, '4', 'fr')).toBe('Le Health Data Hub face au Cloud Act, 1er mars 2024, pt 4');
    expect(formatPinpointCitation(article, '4', 'en')).toBe('Le Health Data Hub face au Cloud Act, 1 March 2024, para. 4');
  });

  it('ignores court fields an article should not have and copes without a date', () => {
    const bare = doc({ kind: 'article', title: 'Souveraineté numérique', court: 'Conseil d’État' });
    expect(formatPinpointCitation(bare, undefined, 'fr')).toBe('Souveraineté numérique');
  });
});

describe('abbreviateCourt', () => {
  it.each([
    ["Conseil d'État", 'CE'],
    ['Conseil d’Etat', 'CE'],
    ['Cour de cassation', 'Cass.'],
    ['Conseil constitutionnel', 'Cons. const.'],
    ["Cour administrative d'appel de Paris", 'CAA Paris'],
    ['cour administrative d’appel de Versailles', 'CAA Versailles'],
    ['Tribunal administratif de Paris', 'TA Paris'],
    ["Tribunal administratif d'Amiens", 'TA Amiens'],
    ["Cour de justice de l'Union européenne", 'CJUE'],
    ['Court of Justice of the European Union', 'CJEU'],
    ['Cour nationale du droit d’asile', 'Cour nationale du droit d’asile'],
  ])('%s → %s', (court, abbreviation) => {
    expect(abbreviateCourt(court)).toBe(abbreviation);
  });
});

describe('formatCitationDate', () => {
  it('keeps what a partial or unreadable date has', () => {
    expect(formatCitationDate('2025-08', 'fr')).toBe('août 2025');
    expect(formatCitationDate('2025', 'en')).toBe('2025');
    expect(formatCitationDate('2025-13-01', 'fr')).toBe('2025-13-01');
    expect(formatCitationDate('avril 2025', 'fr')).toBe('avril 2025');
    expect(formatCitationDate(undefined, 'fr')).toBe('');
  });
});

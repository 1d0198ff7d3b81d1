import { describe, expect, it } from 'vitest';
import { datePeriod, filterDocuments, isFiltering, libraryCourts, NO_FILTER, tagWithDescendants } from '../../../shared/library';
import { libraryDoc as doc } from './fixtures';

const day = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).getTime();
const docs = [
  doc('ce', { title: 'CE, juge des référés, 25 avril 2025', court: 'Conseil d’État', caseNumber: '503163', date: '2025-04-25', importedAt: day(2026, 1, 10), dossierIds: ['hdh'] }),
  doc('ta', { title: 'TA Paris, 2024', court: 'Tribunal administratif de Paris', date: '2024', importedAt: day(2026, 2, 1, 23), dossierIds: ['hdh', 'darwin'] }),
  doc('art', { title: 'Le CLOUD Act et les données de santé', kind: 'article', importedAt: day(2026, 2, 2, 0) }),
  doc('caa', { title: 'CAA Lyon', court: 'Cour administrative d’appel de Lyon', date: '2023-11', ecli: 'ECLI:FR:CAALY:2023:22LY01234', importedAt: day(2025, 12, 31) }),
];
const ids = (list: readonly { id: string }[]) => list.map((d) => d.id);

describe('filtering the library', () => {
  it('lets everything through with no filter, and says so', () => {
    expect(ids(filterDocuments(docs, NO_FILTER))).toEqual(['ce', 'ta', 'art', 'caa']);
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(isFiltering({ ...NO_FILTER, dossierId: 'hdh' })).toBe(false);
    expect(isFiltering({ ...NO_FILTER, kind: 'article' })).toBe(true);
  });

  it('filters by kind, court and dossier', () => {
    expect(ids(filterDocuments(docs, { ...NO_FILTER, kind: 'article' }))).toEqual(['art']);
    expect(ids(filterDocuments(docs, { ...NO_FILTER, court: 'Conseil d’État' }))).toEqual(['ce']);
    expect(ids(filterDocuments(docs, { ...NO_FILTER, dossierId: 'hdh' }))).toEqual(['ce', 'ta']);
    expect(ids(filterDocuments(docs, { ...NO_FILTER, dossierId: 'darwin' }))).toEqual(['ta']);
  });

  it('matches the words of the text filter in title, court, number or ECLI, ignoring accents and case', () => {
    expect(ids(filterDocuments(docs, { ...NO_FILTER, text: '503163' }))).toEqual(['ce']);
    expect(ids(filterDocuments(docs, { ...NO_FILTER, text: 'conseil d’etat' }))).toEqual(['ce']);
    expect(ids(filterDocuments(docs, { ...NO_FILTER, text: 'DONNEES  sante' }))).toEqual(['art']);
    expect(ids(filterDocuments(docs, { ...NO_FILTER, text: '22LY01234' }))).toEqual(['caa']);
    expect(ids(filterDocuments(docs, { ...NO_FILTER, text: '.*[(' }))).toEqual([]);
  });

  it('keeps a document dated by year or month when that period meets the decision-date range; undated ones drop out', () => {
    expect(ids(filterDocuments(docs, { ...NO_FILTER, dateFrom: '2024-06-01' }))).toEqual(['ce', 'ta']);
    expect(ids(filterDocuments(docs, { ...NO_FILTER, dateTo: '2023-11-01' }))).toEqual(['caa']);
    expect(ids(filterDocuments(docs, { ...NO_FILTER, dateFrom: '2023-12-01', dateTo: '2024-01-31' }))).toEqual(['ta']);
    expect(ids(filterDocuments(docs, { ...NO_FILTER, dateFrom: 'not a date' }))).toEqual(['ce', 'ta', 'art', 'caa']);
  });

  it('takes the import range in whole local days, both ends included', () => {
    expect(ids(filterDocuments(docs, { ...NO_FILTER, importedFrom: '2026-02-01', importedTo: '2026-02-01' }))).toEqual(['ta']);
    expect(ids(filterDocuments(docs, { ...NO_FILTER, importedFrom: '2026-02-02' }))).toEqual(['art']);
    expect(ids(filterDocuments(docs, { ...NO_FILTER, importedTo: '2025-12-31' }))).toEqual(['caa']);
  });

  it('keeps only documents known to carry the tag, and none while that is not known yet', () => {
    expect(ids(filterDocuments(docs, { ...NO_FILTER, tagId: 't1' }, new Set(['caa', 'ce'])))).toEqual(['ce', 'caa']);
    expect(ids(filterDocuments(docs, { ...NO_FILTER, tagId: 't1' }))).toEqual([]);
  });

  it('combines filters', () => {
    expect(ids(filterDocuments(docs, { ...NO_FILTER, dossierId: 'hdh', kind: 'ruling', dateFrom: '2025-01-01' }))).toEqual(['ce']);
  });
});

describe('the helpers of the filters', () => {
  it('reads partial dates as periods', () => {
    expect(datePeriod('2024')).toEqual(['2024-01-01', '2024-12-31']);
    expect(datePeriod('2024-02')).toEqual(['2024-02-01', '2024-02-29']);
    expect(datePeriod('2025-04-25')).toEqual(['2025-04-25', '2025-04-25']);
    expect(datePeriod('25/04/2025')).toBeNull();
  });

  it('lists each court once, in alphabetical order', () => {
    expect(libraryCourts([...docs, doc('ce2', { court: 'Conseil d’État' })], 'fr')).toEqual(['Conseil d’État', 'Cour administrative d’appel de Lyon', 'Tribunal administratif de Paris']);
  });

  it('widens a tag to its sub-tags, and survives a cycle in damaged data', () => {
    const tags = [
      { id: 'root', parentId: null },
      { id: 'child', parentId: 'root' },
      { id: 'grandchild', parentId: 'child' },
      { id: 'other', parentId: null },
      { id: 'x', parentId: 'y' },
      { id: 'y', parentId: 'x' },
    ];
    expect(tagWithDescendants(tags, 'root').sort()).toEqual(['child', 'grandchild', 'root']);
    expect(tagWithDescendants(tags, 'x').sort()).toEqual(['x', 'y']);
  });
});

import { describe, expect, it } from 'vitest';
import { libraryCourts } from '../../../shared/export';
import { list, library, pdfDocument } from './listFixtures';

const ids = (l: ReturnType<typeof list>) => l.entries.map((entry) => entry.passage.id);

describe('buildArgumentList: scope and filters', () => {
  it('takes the whole library, skipping and counting the passage whose document was deleted', () => {
    const all = list();
    expect(all.entries).toHaveLength(library.passages.length - 1);
    expect(ids(all)).not.toContain('p-other-doc');
    expect(all.missingDocument).toBe(1);
    // Documents in date order: the 2024 judgment before the 2025 order.
    expect(all.documents.map((doc) => doc.id)).toEqual([pdfDocument.id, 'doc-hdh']);
  });

  it('keeps to the documents or passages in scope', () => {
    expect(new Set(list({ kind: 'documents', docIds: [pdfDocument.id] }).entries.map((e) => e.document.id))).toEqual(new Set([pdfDocument.id]));
    expect(ids(list({ kind: 'passages', passageIds: ['p-risk', 'p-rgpd', 'p-other-doc'] }))).toEqual(['p-rgpd', 'p-risk']);
  });

  it('filters by tag with or without sub-tags, any or all', () => {
    expect(ids(list(undefined, { tagIds: ['tag-cloud-act-risk'] }))).toContain('p-formula');
    expect(ids(list(undefined, { tagIds: ['tag-cloud-act-risk'], includeSubTags: false }))).not.toContain('p-formula');
    expect(ids(list(undefined, { tagIds: ['tag-cloud-act-risk', 'tag-urgency'], tagMatch: 'all' }))).toEqual(['p-hosted']);
  });

  it('filters by role, stance, date range and court', () => {
    expect(ids(list(undefined, { roles: ['reasoning'] }))).toEqual(['p-rgpd']);
    expect(ids(list(undefined, { stances: ['accepted'] }))).toEqual(['p-formula']);
    expect(list(undefined, { dateFrom: '2025-01-01' }).documents.map((d) => d.id)).toEqual(['doc-hdh']);
    expect(list(undefined, { dateTo: '2024-12-31' }).documents.map((d) => d.id)).toEqual([pdfDocument.id]);
    expect(list(undefined, { courts: ['Cour administrative d’appel de Paris'] }).entries).toHaveLength(2);
    expect(libraryCourts(library.documents, 'fr')).toEqual(['Conseil d’État', 'Cour administrative d’appel de Paris']);
  });
});

describe('buildArgumentList: citations and grouping', () => {
  it('cites a PDF passage with its point and page, in French or English style', () => {
    const fr = list().entries.find((e) => e.passage.id === 'p-rgpd')!;
    expect(fr.citation).toBe('CAA Paris, 3e chambre, 12 mars 2024, n° 23PA01234, pt 5, p. 3');
    const en = list(undefined, {}, { citationStyle: 'en' }).entries.find((e) => e.passage.id === 'p-rgpd')!;
    expect(en.citation).toBe('CAA Paris, 3e chambre, 12 March 2024, No 23PA01234, para. 5, p. 3');
  });

  it('groups by tag in codebook order, a sub-tag indented under its parent, untagged last', () => {
    const groups = list().groups.map((g) => [g.title, g.depth, g.entries.length]);
    expect(groups).toEqual([
      ['Risque Cloud Act', 0, 3],
      ['FISA 702', 1, 1],
      // Same order as Urgence: the name decides.
      ['Absence d’alternative européenne', 0, 1],
      ['Urgence', 0, 3],
      ['Garanties de sécurité', 0, 1],
      ['Sans étiquette', 0, 1],
    ]);
  });

  it('shows only the filtered tags as headings', () => {
    expect(list(undefined, { tagIds: ['tag-urgency'] }).groups.map((g) => g.title)).toEqual(['Urgence']);
  });

  it('groups by document (with its citation) and by role', () => {
    const byDoc = list(undefined, {}, { grouping: 'document' }).groups;
    expect(byDoc.map((g) => [g.title, g.subtitle])).toEqual([
      ['CAA Paris, 12 mars 2024', 'CAA Paris, 3e chambre, 12 mars 2024, n° 23PA01234'],
      ['Ordonnance du 25 avril 2025, Health Data Hub', 'CE, juge des référés, 25 avril 2025, n° 503163'],
    ]);
    const byRole = list(undefined, {}, { grouping: 'role', lang: 'en' }).groups.map((g) => g.title);
    expect(byRole).toEqual(['Claimants’ plea', 'Court’s reasoning', 'No role']);
  });
});

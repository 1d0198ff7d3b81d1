// A small library for the argument-list tests: the interim-relief order, a PDF judgment with pages, a sub-tag, and a passage whose document is gone.
import { anchorPassage } from '../../../shared/anchor';
import { buildArgumentList, NO_FILTERS, type ExportFilters, type ExportLibrary, type ExportOptions, type ExportScope } from '../../../shared/export';
import type { Annotation, Block, GloseDocument, Tag } from '../../../shared/model';
import { blocks, document, passages, tags } from './fixtures';

export const pdfDocument: GloseDocument = {
  id: 'doc-caa',
  title: 'CAA Paris, 12 mars 2024',
  kind: 'ruling',
  court: 'Cour administrative d’appel de Paris',
  formation: '3e chambre',
  date: '2024-03-12',
  caseNumber: '23PA01234',
  sourceFileName: 'caa.pdf',
  sourceFormat: 'pdf',
  language: 'fr',
  wordCount: 40,
  importedAt: 0,
  contentHash: 'h2',
};

export const pdfBlocks: Block[] = [
  { id: 'q1', docId: pdfDocument.id, order: 0, type: 'paragraph', text: '5. Le moyen tiré de la méconnaissance du RGPD doit être écarté.', number: '5', section: 'reasoning', page: 3 },
  { id: 'q2', docId: pdfDocument.id, order: 1, type: 'paragraph', text: '=HYPERLINK("http://evil") selon la requérante ; « données » accentuées.', section: 'arguments', page: 4 },
];

/** A sub-tag of the Cloud Act risk, to check nesting and filters with sub-tags. */
export const SUB_TAG: Tag = { id: 'tag-fisa', name: 'FISA 702', color: '#abcdef', parentId: 'tag-cloud-act-risk', order: 0 };

function on(doc: GloseDocument, list: Block[], id: string, blockId: string, phrase: string, extra: Partial<Annotation>): Annotation {
  const block = list.find((b) => b.id === blockId)!;
  const at = block.text.indexOf(phrase);
  return {
    id,
    docId: doc.id,
    tagIds: [],
    anchor: anchorPassage(list, { blockId, offset: at }, { blockId, offset: at + phrase.length }),
    status: 'anchored',
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    ...extra,
  };
}

export const pdfPassages: Annotation[] = [
  on(pdfDocument, pdfBlocks, 'p-rgpd', 'q1', 'Le moyen tiré de la méconnaissance du RGPD doit être écarté.', {
    tagIds: ['tag-security-safeguards'],
    role: 'reasoning',
    stance: 'rejected',
    note: 'Voir <script>alert(1)</script> & la CNIL',
  }),
  on(pdfDocument, pdfBlocks, 'p-formula', 'q2', '=HYPERLINK("http://evil") selon la requérante ; « données » accentuées.', {
    tagIds: [SUB_TAG.id],
    role: 'claimant',
    stance: 'accepted',
  }),
];

export const library: ExportLibrary = {
  documents: [document, pdfDocument],
  blocks: new Map([
    [document.id, blocks],
    [pdfDocument.id, pdfBlocks],
  ]),
  passages: [...passages, ...pdfPassages],
  tags: [...tags, SUB_TAG, { id: 'tag-security-safeguards', name: '', builtin: 'securitySafeguards', color: '#cccccc', parentId: null, order: 8 }],
};

export const options = (extra: Partial<ExportOptions> = {}): ExportOptions => ({
  grouping: 'tag',
  lang: 'fr',
  citationStyle: 'fr',
  csvSeparator: ',',
  title: 'Arguments — test',
  now: new Date('2025-05-03T10:00:00Z'),
  timeZone: 'UTC',
  ...extra,
});

export function list(scope: ExportScope = { kind: 'library' }, filters: Partial<ExportFilters> = {}, extra: Partial<ExportOptions> = {}) {
  return buildArgumentList(library, scope, { ...NO_FILTERS, ...filters }, options(extra));
}

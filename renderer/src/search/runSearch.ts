// Runs a query against the index and gathers what the results page shows: documents, snippets, paragraph numbers.
import type { GloseDocument } from '../../../shared/model';
import { makeSnippet, parseQuery, queryRanges, titleText, type ParsedQuery, type QueryProblem, type Snippet, type TextLoader, type UnitHit } from '../../../shared/search';
import { db } from '../db/database';
import { readyIndex } from './searchIndexService';

export interface ResultHit extends UnitHit {
  snippet: Snippet;
}

export interface ResultDocument {
  document: GloseDocument;
  hits: ResultHit[];
  /** Hits in this document beyond those with a snippet. */
  more: number;
  /** Some of those are phrase candidates not yet checked: `more` is an upper bound. */
  moreUpTo: boolean;
}

export type SearchAnswer =
  | { kind: 'problem'; problem: QueryProblem }
  | { kind: 'results'; query: ParsedQuery; documents: ResultDocument[]; total: number; documentCount: number; exact: boolean; capped: boolean; ms: number };

/** Snippets drawn per document; the reader shows the rest. */
export const SNIPPETS_PER_DOCUMENT = 5;

/** Texts of units from the tables they come from; a unit whose row has gone (deleted meanwhile) has none. */
export const loadUnitTexts: TextLoader = async (hits) => {
  const texts = new Map<string, string>();
  const blockIds = hits.filter((h) => h.kind === 'block').map((h) => h.ref);
  const passageIds = hits.filter((h) => h.kind === 'passageNote').map((h) => h.ref);
  const docIds = hits.filter((h) => h.kind === 'title' || h.kind === 'docNote').map((h) => h.ref);
  const [blocks, passages, docs] = await Promise.all([db.blocks.bulkGet(blockIds), db.annotations.bulkGet(passageIds), db.documents.bulkGet(docIds)]);
  const block = new Map(blocks.flatMap((b) => (b ? [[b.id, b.text] as const] : [])));
  const note = new Map(passages.flatMap((p) => (p?.note ? [[p.id, p.note] as const] : [])));
  const doc = new Map(docs.flatMap((d) => (d ? [[d.id, d] as const] : [])));
  for (const hit of hits) {
    const found = hit.kind === 'block' ? block.get(hit.ref) : hit.kind === 'passageNote' ? note.get(hit.ref) : hit.kind === 'docNote' ? doc.get(hit.ref)?.note : (d => d && titleText(d))(doc.get(hit.ref));
    if (found !== undefined) texts.set(hit.id, found);
  }
  return texts;
};

export async function runSearch(input: string, wantDocuments: number): Promise<SearchAnswer> {
  const started = performance.now();
  const query = parseQuery(input);
  if (query.problem) return { kind: 'problem', problem: query.problem };
  const index = await readyIndex();
  // A phrase's check has already read the texts the snippets need: read each once.
  const read = new Map<string, string>();
  const loadOnce: TextLoader = async (hits) => {
    const missing = hits.filter((hit) => !read.has(hit.id));
    if (missing.length > 0) for (const [id, text] of await loadUnitTexts(missing)) read.set(id, text);
    return new Map(hits.flatMap((hit) => (read.has(hit.id) ? [[hit.id, read.get(hit.id) as string] as const] : [])));
  };
  const outcome = await index.search(query, loadOnce, wantDocuments, SNIPPETS_PER_DOCUMENT);
  const shown = outcome.documents.slice(0, wantDocuments);
  const docs = await db.documents.bulkGet(shown.map((d) => d.docId));
  const drawn = shown.flatMap((d) => d.hits.slice(0, SNIPPETS_PER_DOCUMENT));
  const texts = await loadOnce(drawn);
  const documents: ResultDocument[] = [];
  shown.forEach((entry, i) => {
    const document = docs[i];
    if (!document) return;
    const hits: ResultHit[] = [];
    for (const hit of entry.hits.slice(0, SNIPPETS_PER_DOCUMENT)) {
      const text = texts.get(hit.id);
      if (text !== undefined) hits.push({ ...hit, snippet: makeSnippet(text, queryRanges(text, query)) });
    }
    if (hits.length > 0) documents.push({ document, hits, more: Math.max(0, entry.hits.length - SNIPPETS_PER_DOCUMENT) + entry.unchecked, moreUpTo: entry.unchecked > 0 });
  });
  const missing = shown.length - documents.length;
  return {
    kind: 'results',
    query,
    documents,
    total: outcome.total,
    documentCount: outcome.documentCount - missing,
    exact: outcome.exact,
    capped: outcome.capped,
    ms: performance.now() - started,
  };
}

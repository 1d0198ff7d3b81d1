// The full-text index of the library (MiniSearch, BM25): add and remove documents, search with phrases and exclusions, serialise.
import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import { queryVariants } from './analyse';
import { hasPhrases } from './match';
import { significantWords, type ParsedQuery, type QueryClause } from './parseQuery';
import type { SearchUnit, UnitKind } from './units';

/** Bumped when analysis changes (stemmer, stop words, units): a stored index of another version is rebuilt. */
export const ANALYSIS_VERSION = 1;

export interface UnitHit {
  id: string;
  docId: string;
  kind: UnitKind;
  ref: string;
  order: number;
  number?: string;
  score: number;
}

export interface DocumentHits {
  docId: string;
  score: number;
  /** In reading order. */
  hits: UnitHit[];
  /** Candidates of a phrase query in this document not checked against their text (beyond `perDocument`). */
  unchecked: number;
}

export interface SearchOutcome {
  documents: DocumentHits[];
  /** Hits found (after phrase checks and exclusions). */
  total: number;
  /** Documents beyond those listed were not checked for the phrase: asking for more documents may find more. */
  capped: boolean;
}

/** Texts of the units asked for, by unit id (block text, note text); missing ids are dropped (deleted meanwhile). */
export type TextLoader = (hits: readonly UnitHit[]) => Promise<Map<string, string>>;

const STORED: Array<keyof SearchUnit> = ['docId', 'kind', 'ref', 'order', 'number'];
const OPTIONS = {
  fields: ['terms'],
  storeFields: STORED,
  // Units arrive already analysed (language-aware stems): split on spaces, keep terms as they are.
  tokenize: (text: string) => text.split(' '),
  processTerm: (term: string) => term || null,
  searchOptions: { tokenize: (text: string) => [text], processTerm: (term: string) => term },
};

/** Phrase candidates checked against their text at most, however many documents are wanted. */
const MAX_PHRASE_CHECKS = 20_000;
const CHECK_BATCH = 200;

export class LibraryIndex {
  private constructor(private readonly mini: MiniSearch<SearchUnit>) {}

  static create(): LibraryIndex {
    return new LibraryIndex(new MiniSearch<SearchUnit>(OPTIONS));
  }

  static async fromJSON(json: string): Promise<LibraryIndex> {
    return new LibraryIndex(await MiniSearch.loadJSONAsync<SearchUnit>(json, OPTIONS));
  }

  toJSON(): string {
    return JSON.stringify(this.mini);
  }

  get unitCount(): number {
    return this.mini.documentCount;
  }

  add(units: readonly SearchUnit[]): void {
    this.mini.addAll(units);
  }

  /** Removes a document's units, numbered `<docId>#0…count-1`. */
  removeDocument(docId: string, count: number): void {
    for (let i = 0; i < count; i++) {
      const id = `${docId}#${i}`;
      if (this.mini.has(id)) this.mini.discard(id);
    }
  }

  /**
   * Hits of the query, grouped by document, best document first. A phrase is checked in the text of the
   * candidates the index finds, document by document in rank order, until `wantDocuments` documents
   * have a hit, and at most `perDocument` candidates per document (what a results page shows): the first
   * page appears without reading every candidate's text. `capped` says more may follow.
   */
  async search(query: ParsedQuery, loadTexts: TextLoader, wantDocuments = Infinity, perDocument = Infinity): Promise<SearchOutcome> {
    if (query.problem) return { documents: [], total: 0, capped: false };
    const excludedDocs = new Set<string>();
    for (const clause of query.excluded) (await this.matching([clause], loadTexts, Infinity, Infinity)).documents.forEach((d) => excludedDocs.add(d.docId));
    const { documents, capped } = await this.matching(query.required, loadTexts, wantDocuments, perDocument, excludedDocs);
    return { documents, total: documents.reduce((sum, d) => sum + d.hits.length, 0), capped };
  }

  /** Units satisfying every clause: the index finds candidates by stems, then phrases are checked in the text. */
  private async matching(
    clauses: readonly QueryClause[],
    loadTexts: TextLoader,
    wantDocuments: number,
    perDocument: number,
    excludedDocs: ReadonlySet<string> = new Set(),
  ): Promise<{ documents: DocumentHits[]; capped: boolean }> {
    const queries: Query[] = [];
    for (const clause of clauses) {
      const words = significantWords(clause);
      if (words.length > 0) queries.push({ combineWith: 'AND', queries: words.map((w) => ({ combineWith: 'OR', queries: queryVariants(w) })) });
    }
    // A clause of common words only (`"à la"`) cannot use the index; others must narrow the candidates.
    if (queries.length === 0) return { documents: [], capped: false };
    const candidates = groupByDocument(this.mini.search({ combineWith: 'AND', queries }).map(toHit).filter((hit) => !excludedDocs.has(hit.docId)));
    if (!clauses.some((c) => c.phrase)) return { documents: candidates, capped: false };

    const documents: DocumentHits[] = [];
    let next = 0;
    let checked = 0;
    while (documents.length < wantDocuments && next < candidates.length && checked < MAX_PHRASE_CHECKS) {
      // One read for as many documents as are still wanted (at least a few, as some will have no true hit).
      const round = candidates.slice(next, next + Math.max(10, Math.min(wantDocuments - documents.length, 200)));
      const batch = round.flatMap((d) => d.hits.slice(0, perDocument));
      checked += batch.length;
      const texts = await loadTexts(batch);
      for (const candidate of round) {
        next += 1;
        let hits = candidate.hits.slice(0, perDocument).filter((hit) => hasPhrase(texts.get(hit.id), clauses));
        let unchecked = Math.max(0, candidate.hits.length - perDocument);
        // None of the first candidates has the phrase: read the rest of this document before giving it up.
        if (hits.length === 0 && unchecked > 0) {
          const rest = candidate.hits.slice(perDocument, perDocument + CHECK_BATCH);
          checked += rest.length;
          const more = await loadTexts(rest);
          hits = rest.filter((hit) => hasPhrase(more.get(hit.id), clauses)).slice(0, perDocument);
          unchecked = Math.max(0, candidate.hits.length - perDocument - rest.length);
        }
        if (hits.length > 0) documents.push({ ...candidate, hits, unchecked });
        if (documents.length >= wantDocuments) break;
      }
    }
    // Candidates left unchecked inside a listed document are counted by its `unchecked`, not here.
    return { documents, capped: next < candidates.length };
  }
}

const hasPhrase = (text: string | undefined, clauses: readonly QueryClause[]) => text !== undefined && hasPhrases(text, clauses);

function toHit(result: SearchResult): UnitHit {
  const hit: UnitHit = {
    id: String(result.id),
    docId: String(result['docId']),
    kind: result['kind'] as UnitKind,
    ref: String(result['ref']),
    order: Number(result['order']),
    score: result.score,
  };
  if (typeof result['number'] === 'string') hit.number = result['number'];
  return hit;
}

/**
 * A document ranks by its best unit, plus a little for every other hit: a ruling that discusses the
 * point in ten paragraphs outranks one that mentions it once, without long documents winning by length.
 */
export function groupByDocument(hits: readonly UnitHit[]): DocumentHits[] {
  const byDoc = new Map<string, UnitHit[]>();
  for (const hit of hits) {
    const list = byDoc.get(hit.docId);
    if (list) list.push(hit);
    else byDoc.set(hit.docId, [hit]);
  }
  const documents: DocumentHits[] = [];
  for (const [docId, list] of byDoc) {
    const scores = list.map((h) => h.score).sort((a, b) => b - a);
    const best = scores[0] ?? 0;
    const rest = scores.slice(1).reduce((sum, s) => sum + s, 0);
    documents.push({ docId, score: best + 0.1 * Math.min(rest, 5 * best), hits: [...list].sort((a, b) => a.order - b.order), unchecked: 0 });
  }
  return documents.sort((a, b) => b.score - a.score || a.docId.localeCompare(b.docId));
}

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
}

export interface SearchOutcome {
  documents: DocumentHits[];
  /** Hits found (after phrase checks and exclusions). */
  total: number;
  /** Not every phrase candidate was checked: these are the best-ranked hits, and there may be more. */
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
   * Hits of the query, grouped by document. Phrases are checked in the text best-ranked first, only until
   * `wantDocuments` documents have a hit: the first page appears without reading every candidate's text,
   * and `capped` says more may follow (asking again with a larger `wantDocuments` gives them).
   */
  async search(query: ParsedQuery, loadTexts: TextLoader, wantDocuments = 50): Promise<SearchOutcome> {
    if (query.problem) return { documents: [], total: 0, capped: false };
    const excludedDocs = new Set<string>();
    for (const clause of query.excluded) (await this.matching([clause], loadTexts, Infinity)).hits.forEach((h) => excludedDocs.add(h.docId));
    const { hits, capped } = await this.matching(query.required, loadTexts, wantDocuments, excludedDocs);
    return { documents: groupByDocument(hits), total: hits.length, capped };
  }

  /** Units satisfying every clause: the index finds candidates by stems, then phrases are checked in the text. */
  private async matching(clauses: readonly QueryClause[], loadTexts: TextLoader, wantDocuments: number, excludedDocs: ReadonlySet<string> = new Set()): Promise<{ hits: UnitHit[]; capped: boolean }> {
    const queries: Query[] = [];
    for (const clause of clauses) {
      const words = significantWords(clause);
      if (words.length > 0) queries.push({ combineWith: 'AND', queries: words.map((w) => ({ combineWith: 'OR', queries: queryVariants(w) })) });
    }
    // A clause of common words only (`"à la"`) cannot use the index; others must narrow the candidates.
    if (queries.length === 0) return { hits: [], capped: false };
    const candidates = this.mini.search({ combineWith: 'AND', queries }).map(toHit).filter((hit) => !excludedDocs.has(hit.docId));
    if (!clauses.some((c) => c.phrase)) return { hits: candidates, capped: false };

    const hits: UnitHit[] = [];
    const documents = new Set<string>();
    let checked = 0;
    while (checked < candidates.length && checked < MAX_PHRASE_CHECKS && documents.size < wantDocuments) {
      const batch = candidates.slice(checked, checked + CHECK_BATCH);
      checked += batch.length;
      const texts = await loadTexts(batch);
      for (const hit of batch) {
        const text = texts.get(hit.id);
        if (text === undefined || !hasPhrases(text, clauses)) continue;
        hits.push(hit);
        documents.add(hit.docId);
      }
    }
    return { hits, capped: checked < candidates.length };
  }
}

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
    documents.push({ docId, score: best + 0.1 * Math.min(rest, 5 * best), hits: [...list].sort((a, b) => a.order - b.order) });
  }
  return documents.sort((a, b) => b.score - a.score || a.docId.localeCompare(b.docId));
}

// The full-text index of the library (MiniSearch, BM25): add and remove documents, search with phrases and exclusions, serialise.
import MiniSearch from 'minisearch';
import { queryVariants } from './analyse';
import { hasPhrases } from './match';
import { significantWords, type ParsedQuery, type QueryClause } from './parseQuery';
import { scoreUnits, storedDocId, storedUnit } from './score';
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
  /** At most the documents asked for, best first. */
  documents: DocumentHits[];
  /** Hits found (after phrase checks and exclusions): every hit of the library when `exact`, else those checked so far. */
  total: number;
  /** Documents with a hit, counted like `total`. */
  documentCount: number;
  /** The counts cover the whole library (a word query); a phrase query counts only what it has checked. */
  exact: boolean;
  /** More documents than those listed have, or may have, hits: asking for more documents shows them. */
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
    if (query.problem) return { documents: [], total: 0, documentCount: 0, exact: true, capped: false };
    const excludedDocs = new Set<string>();
    for (const clause of query.excluded) (await this.matching([clause], loadTexts, Infinity, Infinity)).documents.forEach((d) => excludedDocs.add(d.docId));
    return this.matching(query.required, loadTexts, wantDocuments, perDocument, excludedDocs);
  }

  /** Documents holding every significant word of the clauses, best first; a clause of common words only cannot narrow anything. */
  private rank(clauses: readonly QueryClause[], excludedDocs: ReadonlySet<string>): RankedDocument[] | null {
    const words = clauses.flatMap((clause) => significantWords(clause).map(queryVariants));
    if (words.length === 0) return null;
    const { units, scores } = scoreUnits(this.mini, words);
    const byDoc = new Map<string, RankedDocument>();
    for (const short of units) {
      const docId = storedDocId(this.mini, short);
      if (docId === undefined || excludedDocs.has(docId)) continue;
      const score = scores[short] as number;
      const entry = byDoc.get(docId);
      if (entry) {
        entry.units.push(short);
        entry.scores.push(score);
        entry.sum += score;
        if (score > entry.best) entry.best = score;
      } else byDoc.set(docId, { docId, units: [short], scores: [score], best: score, sum: score, score: 0 });
    }
    const ranked = [...byDoc.values()];
    for (const entry of ranked) entry.score = documentScore(entry.best, entry.sum - entry.best);
    return ranked.sort((a, b) => b.score - a.score || a.docId.localeCompare(b.docId));
  }

  /** A ranked document's hits, in reading order. */
  private hitsOf(entry: RankedDocument): DocumentHits {
    const hits: UnitHit[] = [];
    entry.units.forEach((short, i) => {
      const unit = storedUnit(this.mini, short);
      if (unit) hits.push({ ...unit, score: entry.scores[i] as number });
    });
    return { docId: entry.docId, score: entry.score, hits: hits.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id)), unchecked: 0 };
  }

  /** Units satisfying every clause: the index finds candidates by stems, then phrases are checked in the text. */
  private async matching(
    clauses: readonly QueryClause[],
    loadTexts: TextLoader,
    wantDocuments: number,
    perDocument: number,
    excludedDocs: ReadonlySet<string> = new Set(),
  ): Promise<SearchOutcome> {
    const ranked = this.rank(clauses, excludedDocs);
    if (!ranked) return { documents: [], total: 0, documentCount: 0, exact: true, capped: false };
    if (!clauses.some((c) => c.phrase)) {
      // Only the documents shown are turned into hits; the counts are exact for the whole library.
      const documents = ranked.slice(0, wantDocuments).map((entry) => this.hitsOf(entry));
      const total = ranked.reduce((sum, entry) => sum + entry.units.length, 0);
      return { documents, total, documentCount: ranked.length, exact: true, capped: documents.length < ranked.length };
    }

    const documents: DocumentHits[] = [];
    let next = 0;
    let checked = 0;
    while (documents.length < wantDocuments && next < ranked.length && checked < MAX_PHRASE_CHECKS) {
      // One read for as many documents as are still wanted (at least a few, as some will have no true hit).
      const round = ranked.slice(next, next + Math.max(10, Math.min(wantDocuments - documents.length, 200))).map((entry) => this.hitsOf(entry));
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
    const capped = next < ranked.length;
    const total = documents.reduce((sum, d) => sum + d.hits.length, 0);
    return { documents, total, documentCount: documents.length, exact: !capped && documents.every((d) => d.unchecked === 0), capped };
  }
}

interface RankedDocument {
  docId: string;
  /** Short ids of its units that hold the words. */
  units: number[];
  scores: number[];
  best: number;
  sum: number;
  score: number;
}

/**
 * A document ranks by its best unit, plus a little for every other hit: a ruling that discusses the
 * point in ten paragraphs outranks one that mentions it once, without long documents winning by length.
 */
export function documentScore(best: number, rest: number): number {
  return best + 0.1 * Math.min(rest, 5 * best);
}

const hasPhrase = (text: string | undefined, clauses: readonly QueryClause[]) => text !== undefined && hasPhrases(text, clauses);

/** Groups hits by document and ranks the documents (see documentScore); hits in reading order. */
export function groupByDocument(hits: readonly UnitHit[]): DocumentHits[] {
  const byDoc = new Map<string, UnitHit[]>();
  for (const hit of hits) {
    const list = byDoc.get(hit.docId);
    if (list) list.push(hit);
    else byDoc.set(hit.docId, [hit]);
  }
  const documents: DocumentHits[] = [];
  for (const [docId, list] of byDoc) {
    const best = Math.max(...list.map((h) => h.score));
    const rest = list.reduce((sum, h) => sum + h.score, 0) - best;
    documents.push({ docId, score: documentScore(best, rest), hits: [...list].sort((a, b) => a.order - b.order), unchecked: 0 });
  }
  return documents.sort((a, b) => b.score - a.score || a.docId.localeCompare(b.docId));
}

// Scores index units against the words of a query straight from MiniSearch's postings, without building one result object per hit.
import type MiniSearch from 'minisearch';
import type { SearchUnit, UnitKind } from './units';

/**
 * The parts of MiniSearch 7 read here (its own `search` builds a result object, a `match` record and a copy of
 * the stored fields for each of the 42,000 paragraphs a common word hits, then sorts them all: 70 ms of a
 * 100 ms budget, twice that for a two-word phrase). A unit test checks these scores against MiniSearch's own,
 * so an upgrade that changes the layout fails there, not in front of a user.
 */
interface Internals {
  _index: { get(term: string): Map<number, Map<number, number>> | undefined };
  _documentIds: Map<number, unknown>;
  _storedFields: Map<number, Record<string, unknown> | undefined>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  _nextId: number;
  _dirtCount: number;
  _fieldIds: Record<string, number>;
}

/** MiniSearch's default BM25+ parameters, which the index was built and ranked with. */
const K = 1.2;
const B = 0.7;
const D = 0.5;

export interface ScoredUnits {
  /** MiniSearch's short ids of the units holding every word. */
  units: number[];
  /** Score by short id (MiniSearch's: the BM25+ sum times the number of distinct query terms matched). */
  scores: Float64Array;
}

/**
 * Units holding every word, a word being any of its variants (its French and English stems). Same scores
 * as MiniSearch's `AND` of `OR`s over the field `terms`, computed in typed arrays indexed by short id.
 */
export function scoreUnits(mini: MiniSearch<SearchUnit>, words: ReadonlyArray<readonly string[]>): ScoredUnits {
  const m = mini as unknown as Internals;
  const size = m._nextId + 1;
  const scores = new Float64Array(size);
  const quality = new Uint16Array(size);
  // How many of the words (in order) each unit has met so far: a unit that missed one is skipped after.
  const reached = new Uint16Array(size);
  const fieldId = m._fieldIds['terms'] ?? 0;
  const average = m._avgFieldLength[fieldId] ?? 1;
  const units: number[] = [];
  const counted = new Set<string>();
  words.forEach((variants, w) => {
    const last = w === words.length - 1;
    for (const term of variants) {
      const postings = m._index.get(term)?.get(fieldId);
      if (!postings) continue;
      // Units discarded since the last vacuum still sit in the postings: they count neither here nor below.
      let matching = postings.size;
      if (m._dirtCount > 0) for (const short of postings.keys()) if (!m._documentIds.has(short)) matching -= 1;
      const idf = Math.log(1 + (m._documentCount - matching + 0.5) / (matching + 0.5));
      // The same stem reached through two query words scores twice but counts once in the quality factor, as in MiniSearch.
      const newTerm = !counted.has(term);
      for (const [short, frequency] of postings) {
        const seen = reached[short] as number;
        if (seen < w || !m._documentIds.has(short)) continue;
        const length = m._fieldLength.get(short)?.[fieldId] ?? average;
        scores[short] = (scores[short] as number) + idf * (D + (frequency * (K + 1)) / (frequency + K * (1 - B + (B * length) / average)));
        if (newTerm) quality[short] = (quality[short] as number) + 1;
        if (seen === w) {
          reached[short] = w + 1;
          if (last) units.push(short);
        }
      }
    }
    for (const term of variants) counted.add(term);
  });
  for (const short of units) scores[short] = (scores[short] as number) * Math.max(1, quality[short] as number);
  return { units, scores };
}

/** What the index stores of a unit besides its terms, by short id. */
export interface StoredUnit {
  id: string;
  docId: string;
  kind: UnitKind;
  ref: string;
  order: number;
  number?: string;
}

export function storedUnit(mini: MiniSearch<SearchUnit>, short: number): StoredUnit | undefined {
  const m = mini as unknown as Internals;
  const id = m._documentIds.get(short);
  const stored = m._storedFields.get(short);
  if (id === undefined || !stored) return undefined;
  const unit: StoredUnit = { id: String(id), docId: String(stored['docId']), kind: stored['kind'] as UnitKind, ref: String(stored['ref']), order: Number(stored['order']) };
  if (typeof stored['number'] === 'string') unit.number = stored['number'];
  return unit;
}

/** The document a unit belongs to, without copying its other fields (called once per hit). */
export function storedDocId(mini: MiniSearch<SearchUnit>, short: number): string | undefined {
  const docId = (mini as unknown as Internals)._storedFields.get(short)?.['docId'];
  return typeof docId === 'string' ? docId : undefined;
}

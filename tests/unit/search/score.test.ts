import type MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/model';
import {
  LibraryIndex,
  groupByDocument,
  parseQuery,
  phraseRanges,
  queryVariants,
  significantWords,
  tokenize,
  unitsOfDocument,
  type SearchUnit,
  type TextLoader,
  type UnitHit,
} from '../../../shared/search';
import { blocksOf, doc } from './fixtures';

// A small library from a small vocabulary, so words meet often and phrases occur by chance; deterministic.
const VOCABULARY = ['données', 'santé', 'de', 'la', 'autorisation', 'autorisations', 'hébergement', 'Microsoft', 'CNIL', 'juge', 'référés', 'des', 'le', 'sécurité', 'transfert'];
function corpus() {
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const index = LibraryIndex.create();
  const texts = new Map<string, string>();
  const all: Array<{ id: string; docId: string; text: string }> = [];
  for (let d = 0; d < 60; d++) {
    const paragraphs = Array.from({ length: 3 + Math.floor(random() * 8) }, () =>
      Array.from({ length: 4 + Math.floor(random() * 30) }, () => VOCABULARY[Math.floor(random() * VOCABULARY.length)]).join(random() < 0.2 ? ', ' : ' '),
    );
    const document = doc(`d${String(d).padStart(2, '0')}`, { title: `Décision ${d}` });
    const blocks: Block[] = blocksOf(document.id, paragraphs);
    const units = unitsOfDocument(document, blocks, []);
    index.add(units);
    for (const unit of units) {
      const text = unit.kind === 'block' ? (blocks.find((b) => b.id === unit.ref)?.text as string) : document.title;
      texts.set(unit.id, text);
      all.push({ id: unit.id, docId: document.id, text });
    }
  }
  const load: TextLoader = async (hits) => new Map(hits.flatMap((h) => (texts.has(h.id) ? [[h.id, texts.get(h.id) as string] as const] : [])));
  return { index, load, all };
}

const miniOf = (index: LibraryIndex) => (index as unknown as { mini: MiniSearch<SearchUnit> }).mini;

describe('scoring from the postings', () => {
  it('ranks documents and scores hits exactly as MiniSearch’s own search did', async () => {
    const { index, load } = corpus();
    for (const q of ['autorisations', 'données santé', 'santé santé', 'hébergement Microsoft CNIL', 'transfert sécurité juge', 'inconnu']) {
      const words = parseQuery(q).required.flatMap((c) => significantWords(c).map(queryVariants));
      const raw = miniOf(index).search({ combineWith: 'AND', queries: words.map((variants) => ({ combineWith: 'OR', queries: variants })) });
      const expected = groupByDocument(
        raw.map((r): UnitHit => ({ id: String(r.id), docId: String(r['docId']), kind: r['kind'] as UnitHit['kind'], ref: String(r['ref']), order: Number(r['order']), score: r.score })),
      );
      const outcome = await index.search(parseQuery(q), load);
      expect(outcome.documents.map((d) => d.docId), q).toEqual(expected.map((d) => d.docId));
      outcome.documents.forEach((document, i) => {
        expect(document.score).toBeCloseTo(expected[i]?.score as number, 9);
        expect(document.hits.map((h) => [h.id, Number(h.score.toFixed(9))])).toEqual(expected[i]?.hits.map((h) => [h.id, Number(h.score.toFixed(9))]));
      });
      expect(outcome.total).toBe(raw.length);
      expect(outcome.documentCount).toBe(expected.length);
      expect(outcome.exact).toBe(true);
    }
  });

  it('gives the same first documents when asked for a page, and counts the whole library', async () => {
    const { index, load } = corpus();
    const all = await index.search(parseQuery('données'), load);
    const page = await index.search(parseQuery('données'), load, 5, 5);
    expect(page.documents.map((d) => d.docId)).toEqual(all.documents.slice(0, 5).map((d) => d.docId));
    expect([page.total, page.documentCount, page.capped]).toEqual([all.total, all.documents.length, true]);
  });

  it('finds exactly the paragraphs a brute-force scan finds for a phrase, and leaves out removed documents', async () => {
    const { index, load, all } = corpus();
    index.removeDocument('d03', all.filter((u) => u.docId === 'd03').length);
    for (const phrase of ['données de santé', 'juge des référés', 'autorisation Microsoft', 'la sécurité', 'hébergement de la CNIL']) {
      const words = tokenize(phrase).map((t) => t.folded);
      const scan = all.filter((u) => u.docId !== 'd03' && phraseRanges(tokenize(u.text), words).length > 0).map((u) => u.id);
      const outcome = await index.search(parseQuery(`"${phrase}"`), load);
      expect(outcome.documents.flatMap((d) => d.hits.map((h) => h.id)).sort(), phrase).toEqual(scan.sort());
      expect(outcome.total).toBe(scan.length);
    }
    expect((await index.search(parseQuery('hébergement'), load)).documents.map((d) => d.docId)).not.toContain('d03');
  });
});

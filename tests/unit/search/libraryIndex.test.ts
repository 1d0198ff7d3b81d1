import { describe, expect, it } from 'vitest';
import type { Annotation, Block, GloseDocument } from '../../../shared/model';
import { LibraryIndex, parseQuery, unitsOfDocument, type TextLoader } from '../../../shared/search';
import { blocksOf, doc, passage } from './fixtures';

function library(entries: Array<[GloseDocument, Block[], Annotation[]?]>) {
  const index = LibraryIndex.create();
  const texts = new Map<string, string>();
  for (const [d, blocks, passages = []] of entries) {
    const units = unitsOfDocument(d, blocks, passages);
    index.add(units);
    for (const unit of units) {
      const text = unit.kind === 'block' ? blocks.find((b) => b.id === unit.ref)?.text : unit.kind === 'passageNote' ? passages.find((p) => p.id === unit.ref)?.note : unit.kind === 'docNote' ? d.note : d.title;
      if (text) texts.set(unit.id, text);
    }
  }
  const load: TextLoader = async (hits) => new Map(hits.flatMap((h) => (texts.has(h.id) ? [[h.id, texts.get(h.id) as string] as const] : [])));
  return { index, load, search: (q: string) => index.search(parseQuery(q), load) };
}

const ruling = doc('ce', { title: "Conseil d'État, 25 avril 2025", court: "Conseil d'État", caseNumber: '503163' });
const rulingBlocks = blocksOf(
  'ce',
  [
    "1. Aux termes de l'article L. 521-1 du code de justice administrative.",
    "2. La CNIL a autorisé l'hébergement des données de santé par la société Microsoft.",
    '3. Les autorisations délivrées sont limitées à trois ans; la santé des données est préservée.',
  ],
  ['1', '2', '3'],
);
const article = doc('art', { title: 'Souveraineté et santé', kind: 'article' });
const articleBlocks = blocksOf('art', ['Héberger les données de santé en Europe.', 'Une autorisation, une autorisation, encore une autorisation.']);

describe('the library index', () => {
  it('matches whatever the accents, case and endings', async () => {
    const { search } = library([[ruling, rulingBlocks], [article, articleBlocks]]);
    const etat = await search('etat');
    expect(etat.documents.map((d) => d.docId)).toEqual(['ce']);
    expect(etat.documents[0]?.hits[0]?.kind).toBe('title');
    const hebergement = await search('HEBERGER');
    expect(hebergement.documents.map((d) => d.docId).sort()).toEqual(['art', 'ce']);
    const autorisation = await search('autorisations');
    expect(autorisation.total).toBe(3);
  });

  it('ranks the paragraph that says it most first, and requires every word', async () => {
    const { search } = library([[ruling, rulingBlocks], [article, articleBlocks]]);
    const outcome = await search('autorisation');
    expect(outcome.documents[0]?.docId).toBe('art');
    const both = await search('autorisation Microsoft');
    expect(both.documents.map((d) => d.docId)).toEqual(['ce']);
    expect(both.documents[0]?.hits.map((h) => h.number)).toEqual(['2']);
  });

  it('keeps a phrase exact, stop words included, and reports the paragraph number', async () => {
    const { search } = library([[ruling, rulingBlocks], [article, articleBlocks]]);
    const outcome = await search('"données de santé"');
    // Paragraph 3 has both words, but as "santé des données": not the phrase.
    expect(outcome.documents.flatMap((d) => d.hits.map((h) => `${d.docId}:${h.number ?? h.order}`)).sort()).toEqual(['art:0', 'ce:2']);
  });

  it('checks a phrase only as far as a page shows, and says more may follow', async () => {
    const { index } = library([[ruling, rulingBlocks], [article, articleBlocks]]);
    const read: string[] = [];
    const texts = new Map([...rulingBlocks, ...articleBlocks].map((b) => [b.id, b.text]));
    const load: TextLoader = async (hits) => {
      read.push(...hits.map((h) => h.ref));
      return new Map(hits.flatMap((h) => (texts.has(h.ref) ? [[h.id, texts.get(h.ref) as string] as const] : [])));
    };
    const outcome = await index.search(parseQuery('"données de santé"'), load, 1, 1);
    expect(outcome.documents).toHaveLength(1);
    expect(outcome.documents[0]?.hits).toHaveLength(1);
    expect(outcome.capped).toBe(true);
    expect(read.length).toBeLessThanOrEqual(3);
  });

  it('leaves out the documents of an excluded word', async () => {
    const { search } = library([[ruling, rulingBlocks], [article, articleBlocks]]);
    expect((await search('santé -Microsoft')).documents.map((d) => d.docId)).toEqual(['art']);
    expect((await search('santé -"code de justice"')).documents.map((d) => d.docId)).toEqual(['art']);
  });

  it('searches the document note and passage notes', async () => {
    const noted = { ...ruling, note: 'À citer dans le mémoire sur la réversibilité.' };
    const notes = [passage('p1', 'ce', 'ce-b1', { note: 'Argument décisif pour le référé-liberté.' })];
    const { search } = library([[noted, rulingBlocks, notes]]);
    expect((await search('reversibilite')).documents[0]?.hits.map((h) => h.kind)).toEqual(['docNote']);
    const hit = (await search('decisif')).documents[0]?.hits[0];
    expect([hit?.kind, hit?.ref, hit?.number]).toEqual(['passageNote', 'p1', '2']);
  });

  it('answers odd queries with nothing rather than an error', async () => {
    const { search } = library([[ruling, rulingBlocks]]);
    for (const q of ['', '?!*', '(a+)+$', '.*', '\\', 'le la de', '-santé', 'x'.repeat(10_000), 'santé '.repeat(2000)]) {
      const outcome = await search(q);
      expect(Array.isArray(outcome.documents)).toBe(true);
    }
    expect((await search('santé '.repeat(2000))).documents.map((d) => d.docId)).toEqual(['ce']);
  });

  it('removes a document, and survives a round trip through JSON', async () => {
    const { index, load } = library([[ruling, rulingBlocks], [article, articleBlocks]]);
    index.removeDocument('art', unitsOfDocument(article, articleBlocks, []).length);
    expect((await index.search(parseQuery('santé'), load)).documents.map((d) => d.docId)).toEqual(['ce']);
    const copy = await LibraryIndex.fromJSON(index.toJSON());
    expect((await copy.search(parseQuery('santé'), load)).documents.map((d) => d.docId)).toEqual(['ce']);
  });
});

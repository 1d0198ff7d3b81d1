// `npm run bench search`: full-text search and argument retrieval on a generated library of 2,000 rulings, 50 million characters, 100,000 passages.
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { GloseDatabase } from '../../renderer/src/db/database';
import { fold } from '../../shared/legal/fold';
import { DEFAULT_TAGS, type Annotation, type Block, type GloseDocument, type Tag } from '../../shared/model';
import { LibraryIndex, makeSnippet, parseQuery, queryRanges, tagAndDescendants, unitsOfDocument, type TextLoader } from '../../shared/search';
import { generateRulingText } from './generateRuling';
import { measure, report } from './harness';

const DOCS = 2_000;
const CHARS = 50_000_000;
const PASSAGES = 100_000;
const RUNS = 7;
const PARTIES = ['Schrems', 'Doctissimo', 'Clearview', 'Criteo', 'Lusha', 'Sanofi', 'Orange', 'Qwant'];

// One generated ruling, varied per document: its number, date, court, and a party cited in one point.
const template = generateRulingText(Math.round(CHARS / DOCS / 6.6));
const courts = ["Conseil d'État", 'Tribunal administratif de Paris', 'Cour administrative d’appel de Lyon'];
const documents: GloseDocument[] = [];
const blocks: Block[] = [];
let characters = 0;
for (let d = 0; d < DOCS; d++) {
  const id = `doc${d}`;
  const lines = template.replace('503163', String(400000 + d)).split('\n').filter((line) => line.trim());
  const cited = 20 + (d % 10);
  lines[cited] = `${lines[cited]} Le requérant invoque l'affaire ${PARTIES[d % PARTIES.length]} ${d}.`;
  lines.forEach((text, order) => {
    const number = /^(\d+)\. /.exec(text)?.[1];
    blocks.push({ id: `${id}b${order}`, docId: id, order, type: 'paragraph', text, ...(number ? { number } : {}) });
    characters += text.length + 1;
  });
  const month = String((d % 12) + 1).padStart(2, '0');
  documents.push({
    id, title: `Ruling ${d}`, kind: 'ruling', court: courts[d % courts.length], date: `20${10 + (d % 15)}-${month}-15`, caseNumber: String(400000 + d),
    sourceFileName: `${id}.txt`, sourceFormat: 'text', language: 'fr', wordCount: 0, importedAt: d, contentHash: `h${d}`,
  });
}
// A codebook with sub-tags: each default tag gets two children.
const tags: Tag[] = [...DEFAULT_TAGS];
for (const parent of DEFAULT_TAGS) for (const n of [1, 2]) tags.push({ id: `${parent.id}-sub${n}`, name: `${parent.id} ${n}`, color: parent.color, parentId: parent.id, order: n });
const blocksByDoc = new Map<string, Block[]>();
for (const block of blocks) (blocksByDoc.get(block.docId) ?? blocksByDoc.set(block.docId, []).get(block.docId)!).push(block);
const passages: Annotation[] = Array.from({ length: PASSAGES }, (_, i) => {
  const doc = documents[i % DOCS] as GloseDocument;
  const own = blocksByDoc.get(doc.id) as Block[];
  const block = own[(i * 7) % own.length] as Block;
  return {
    id: `p${i}`, docId: doc.id, tagIds: [(tags[i % tags.length] as Tag).id],
    anchor: { start: { blockId: block.id, offset: 0 }, end: { blockId: block.id, offset: 20 }, quote: { exact: block.text.slice(0, 20), prefix: '', suffix: '' }, position: { start: 0, end: 20 } },
    status: 'anchored', stance: i % 2 ? 'accepted' : 'rejected', createdAt: i, updatedAt: i,
    ...(i % 10 === 0 ? { note: `Argument repris dans le mémoire en défense, voir l'hébergement des données ${i}.` } : {}),
  };
});
console.log(`Glose search bench — ${DOCS.toLocaleString('en')} documents, ${blocks.length.toLocaleString('en')} blocks, ${(characters / 1e6).toFixed(1)} million characters, ${PASSAGES.toLocaleString('en')} passages`);

// The index, built as the app builds it, one document at a time.
const passagesByDoc = new Map<string, Annotation[]>();
for (const p of passages) (passagesByDoc.get(p.docId) ?? passagesByDoc.set(p.docId, []).get(p.docId)!).push(p);
let start = performance.now();
const index = LibraryIndex.create();
for (const doc of documents) index.add(unitsOfDocument(doc, blocksByDoc.get(doc.id) ?? [], passagesByDoc.get(doc.id) ?? []));
const buildMs = performance.now() - start;
start = performance.now();
const json = index.toJSON();
const saveMs = performance.now() - start;
start = performance.now();
await LibraryIndex.fromJSON(json);
const loadMs = performance.now() - start;
console.log(`\nIndex: ${index.unitCount.toLocaleString('en')} units built in ${(buildMs / 1000).toFixed(1)} s; serialised ${(json.length / 1e6).toFixed(1)} MB in ${saveMs.toFixed(0)} ms; loaded back (first search of a session) in ${loadMs.toFixed(0)} ms`);

// The tables, in fake-indexeddb (slower than Chromium's IndexedDB, so the Dexie figures are pessimistic).
const db = new GloseDatabase('glose-search-bench');
await db.delete();
await db.open();
start = performance.now();
await db.blocks.bulkAdd(blocks);
await db.documents.bulkAdd(documents);
await db.tags.clear();
await db.tags.bulkAdd(tags);
await db.annotations.bulkAdd(passages);
console.log(`(tables filled in ${((performance.now() - start) / 1000).toFixed(1)} s)`);

// What the search view does: texts from the blocks table for phrase checks and the snippets of the first page.
const loadTexts: TextLoader = async (hits) => {
  const rows = await db.blocks.bulkGet(hits.filter((h) => h.kind === 'block').map((h) => h.ref));
  const byId = new Map(rows.filter((b): b is Block => b !== undefined).map((b) => [b.id, b.text]));
  const texts = new Map<string, string>();
  for (const hit of hits) {
    const text = byId.get(hit.ref);
    if (text !== undefined) texts.set(hit.id, text);
  }
  return texts;
};
async function firstResults(q: string): Promise<number> {
  const query = parseQuery(q);
  const outcome = await index.search(query, loadTexts);
  const page = outcome.documents.slice(0, 20).flatMap((d) => d.hits.slice(0, 3));
  const texts = await loadTexts(page);
  for (const hit of page) makeSnippet(texts.get(hit.id) ?? '', queryRanges(texts.get(hit.id) ?? '', query));
  return outcome.total;
}
async function scanBlocks(word: string): Promise<number> {
  let found = 0;
  const needle = fold(word);
  await db.blocks.each((b) => {
    if (fold(b.text).includes(needle)) found++;
  });
  return found;
}
for (const [label, q, scan] of [
  ['one-word query (common word: autorisations)', 'autorisations', 'autorisation'],
  ['one-word query (rare word: Schrems)', 'Schrems', 'schrems'],
  ['phrase query ("données de santé")', '"données de santé"', 'données de santé'],
] as const) {
  console.log(`  ${label}: ${(await firstResults(q)).toLocaleString('en')} hits; the scan finds ${(await scanBlocks(scan)).toLocaleString('en')} blocks`);
  const subject = await measure(`search + snippets of the first page`, RUNS, () => firstResults(q));
  const baseline = await measure('linear scan of the blocks table', 3, () => scanBlocks(scan));
  report(`Time to first results, ${label}`, subject, baseline, 'target < 100 ms');
}

// Argument retrieval: one tag and its sub-tags, through the multi-entry index `*tagIds`.
const parent = DEFAULT_TAGS[0] as Tag;
const ids = tagAndDescendants(tags, parent.id);
const byIndex = async () => db.annotations.where('tagIds').anyOf(ids).distinct().toArray();
const byScan = async () => (await db.annotations.toArray()).filter((p) => p.tagIds.some((t) => ids.includes(t)));
console.log(`\n  tag "${parent.builtin}" and ${ids.length - 1} sub-tags: ${(await byIndex()).length.toLocaleString('en')} passages (scan: ${(await byScan()).length.toLocaleString('en')})`);
report('Every passage of one tag and its sub-tags', await measure('Dexie *tagIds index, anyOf(tag + sub-tags)', RUNS, byIndex), await measure('full scan of the passages table', 3, byScan), 'target < 100 ms');
await db.delete();

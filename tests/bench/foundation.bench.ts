// `npm run bench`: the foundation's hot paths on a generated 120,000-word ruling with 2,000 passages.
import { randomUUID } from 'node:crypto';
import { anchorPassage, resolveAnchors, TextIndex } from '../../shared/anchor';
import { fragmentText, rangesByBlock } from '../../shared/anchor/passageFragments';
import { exportArgumentListMarkdown } from '../../shared/export';
import { buildLibraryRecords, importSource } from '../../shared/import';
import type { ImportEnvironment } from '../../shared/import/html';
import { DEFAULT_TAGS, type Annotation, type Block } from '../../shared/model';
import { generateRulingText } from './generateRuling';
import { measure, report } from './harness';

const RUNS = 7;
const PASSAGES = 2_000;

const text = generateRulingText(120_000);
const bytes = new TextEncoder().encode(text);
// Plain text needs no DOM; the HTML importer is the only one that touches the window.
const env = {} as ImportEnvironment;

console.log(`Glose bench — generated ruling: ${text.split(/\s+/).length.toLocaleString('en')} words, ${(bytes.length / 1e6).toFixed(2)} MB`);

const importing = await measure('import (decode, blocks, legal pass, records)', RUNS, async () => {
  const imported = await importSource({ name: 'ruling.txt', bytes }, env);
  await buildLibraryRecords(imported, { fileName: 'ruling.txt', now: 0, newId: randomUUID });
});
const decodeSplit = await measure('decode + split into lines', RUNS, () => new TextDecoder().decode(bytes).split('\n'));
report('Import of a 120,000-word ruling (text)', importing, decodeSplit);

const imported = await importSource({ name: 'ruling.txt', bytes }, env);
const { document, blocks } = await buildLibraryRecords(imported, { fileName: 'ruling.txt', now: 0, newId: randomUUID });
const index = TextIndex.of(blocks);
const body = blocks.filter((b) => b.text.length > 80);
const passages: Annotation[] = Array.from({ length: PASSAGES }, (_, i) => {
  const block = body[(i * 7) % body.length] as Block;
  const start = (i * 13) % 40;
  return {
    id: `p${i}`,
    docId: document.id,
    tagIds: [DEFAULT_TAGS[i % 3]!.id],
    anchor: anchorPassage(index, { blockId: block.id, offset: start }, { blockId: block.id, offset: start + 40 }),
    status: 'anchored',
    createdAt: i,
    updatedAt: i,
  };
});
const anchors = passages.map((p) => p.anchor);

const resolving = await measure(`resolve ${PASSAGES} anchors on open`, RUNS, () => resolveAnchors(blocks, anchors));
const joining = await measure('build the document text once', RUNS, () => TextIndex.of(blocks));
report('Anchoring on open', resolving, joining);

const spans = passages.map((p) => ({ id: p.id, start: p.anchor.start, end: p.anchor.end }));
const fragmenting = await measure(`cut ${blocks.length} blocks into mark fragments`, RUNS, () => {
  const byBlock = rangesByBlock(blocks, spans);
  for (const block of blocks) fragmentText(block.text, byBlock.get(block.id) ?? []);
});
const plain = await measure('one pass over the text (split into words)', RUNS, () => {
  for (const block of blocks) block.text.split(' ');
});
report('Marks to draw on open', fragmenting, plain);

const exporting = await measure(`Markdown export of ${PASSAGES} passages`, RUNS, () =>
  exportArgumentListMarkdown({ document, blocks, passages, tags: [...DEFAULT_TAGS], lang: 'fr', now: new Date(0), timeZone: 'UTC' }),
);
const serialising = await measure('JSON of the same passages', RUNS, () => JSON.stringify(passages));
report('Export', exporting, serialising);

// Opening a document reads what the reader draws straight from IndexedDB, in one read-only transaction: the same
// rows Dexie would give.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/src/db/database';
import { readerSnapshot } from '../../../../renderer/src/reader/readerSnapshot';
import type { Annotation, Block, GloseDocument } from '../../../../shared/model';

const document: GloseDocument = {
  id: 'd1',
  title: 'CE, juge des référés, n° 503163',
  kind: 'ruling',
  sourceFileName: 'd1.txt',
  sourceFormat: 'text',
  language: 'fr',
  wordCount: 6,
  importedAt: 1,
  contentHash: 'hash-d1',
};
const blocks: Block[] = [2, 0, 1].map((order) => ({ id: `b${order}`, docId: 'd1', order, type: 'paragraph', text: `Point ${order}.` }));
const passage = (id: string, docId: string): Annotation =>
  ({
    id,
    docId,
    tagIds: ['t1'],
    status: 'anchored',
    stance: 'undecided',
    anchor: { start: { blockId: 'b0', offset: 0 }, end: { blockId: 'b0', offset: 5 }, quote: { exact: 'Point', prefix: '', suffix: ' 0.' }, position: { start: 0, end: 5 } },
    createdAt: 1,
    updatedAt: 1,
  }) as unknown as Annotation;

afterEach(async () => {
  await db.delete();
  await db.open();
});

describe('readerSnapshot', () => {
  it('gives the paragraphs in reading order, the document, the codebook and only this document’s passages', async () => {
    await db.documents.add(document);
    await db.blocks.bulkAdd(blocks);
    await db.annotations.bulkAdd([passage('p1', 'd1'), passage('p2', 'd1'), passage('other', 'd2')]);
    const snapshot = await readerSnapshot('d1');
    expect(snapshot.document?.title).toBe(document.title);
    expect(snapshot.blocks.map((b) => b.id)).toEqual(['b0', 'b1', 'b2']);
    expect(snapshot.tags.map((t) => t.id).sort()).toEqual((await db.tags.toArray()).map((t) => t.id).sort());
    expect(snapshot.tags.length).toBeGreaterThan(0);
    expect(snapshot.passages.map((p) => p.id).sort()).toEqual(['p1', 'p2']);
  });

  it('says a missing document is missing, with no text and no passages', async () => {
    expect(await readerSnapshot('nowhere')).toMatchObject({ document: null, blocks: [], passages: [] });
  });
});

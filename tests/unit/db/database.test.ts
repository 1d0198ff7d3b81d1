import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db/database';
import { addDocument, documentBlocks } from '../../../renderer/src/db/documents';
import type { Block, GloseDocument } from '../../../shared/model';

const doc = (id: string): GloseDocument => ({
  id,
  title: 'CE, juge des référés, 25 avril 2025, n° 503163',
  kind: 'ruling',
  sourceFileName: 'ordonnance.txt',
  sourceFormat: 'text',
  language: 'fr',
  wordCount: 4,
  importedAt: 1,
  contentHash: `hash-${id}`,
});
const block = (id: string, docId: string, order: number): Block => ({ id, docId, order, type: 'paragraph', text: `Point ${order}` });

afterEach(async () => {
  await db.delete();
  await db.open();
});

describe('the glose database', () => {
  it('is named glose and starts with the nine default tags and their shortcuts', async () => {
    expect(db.name).toBe('glose');
    const tags = await db.tags.toArray();
    expect(tags.map((t) => [t.builtin, t.shortcut]).sort((a, b) => String(a[1]).localeCompare(String(b[1])))).toEqual([
      ['cloudActRisk', '1'],
      ['lackOfEuropeanAlternatives', '2'],
      ['threeYearLimit', '3'],
      ['pseudonymisation', '4'],
      ['hdsCertification', '5'],
      ['publicInterest', '6'],
      ['urgency', '7'],
      ['sovereignty', '8'],
      ['securitySafeguards', '9'],
    ]);
  });

  it('stores a document and its blocks together and reads the blocks back in order', async () => {
    await addDocument(doc('d1'), [block('b2', 'd1', 1), block('b1', 'd1', 0), block('b3', 'd1', 2)]);
    expect((await documentBlocks('d1')).map((b) => b.id)).toEqual(['b1', 'b2', 'b3']);
    expect(await db.documents.count()).toBe(1);
  });

  it('adds nothing at all when part of an import fails', async () => {
    await addDocument(doc('d1'), [block('b1', 'd1', 0)]);
    // The second import reuses a block id, so its blocks cannot be written: the document must not stay either.
    await expect(addDocument(doc('d2'), [block('b9', 'd2', 0), block('b1', 'd2', 1)])).rejects.toThrow();
    expect(await db.documents.toCollection().primaryKeys()).toEqual(['d1']);
    expect(await db.blocks.where('docId').equals('d2').count()).toBe(0);
  });
});

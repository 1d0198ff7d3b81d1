// The stored per-tag passage lists stay exactly what the passages table says after every kind of write, without being rebuilt.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyChange } from '../../../../renderer/src/codebook/applyChange';
import { writeBackup } from '../../../../renderer/src/db/backup';
import { inspectBackup, restoreBackup } from '../../../../renderer/src/db/backupRestore';
import { db } from '../../../../renderer/src/db/database';
import { deleteDocuments, restoreDocuments } from '../../../../renderer/src/db/deletion';
import { passagesOfTags } from '../../../../renderer/src/search/argumentQuery';
import { buildTagLists, readTagLists } from '../../../../renderer/src/search/tagListQuery';
import { invertChange } from '../../../../shared/codebook/change';
import { addTagToPassage, editPassage, removePassage, retagPassage, tagPassage, untagPassage } from '../../../../shared/codebook/passageOps';
import { mergeTags } from '../../../../shared/codebook/tagOps';
import type { Annotation, Tag } from '../../../../shared/model';
import { listedPassage, type ListedPassage } from '../../../../shared/search';
import { memorySink, textSource } from '../../backup/fixtures';
import { doc, passage } from '../../search/fixtures';

const TAGS = ['a', 'b', 'c'];
const sorted = (list: ListedPassage[]) => [...list].sort((x, y) => x.id.localeCompare(y.id));
/** What the passages table says a tag list must hold. */
const truth = async (tagIds: string[]) => sorted((await passagesOfTags(tagIds)).map(listedPassage));
/** The stored lists as they are: null would mean they went out of step and the view would rebuild them. */
const stored = async (tagIds: string[]) => {
  const list = await readTagLists(tagIds);
  return list && sorted(list);
};
async function expectListsExact(): Promise<void> {
  for (const tagIds of [['a'], ['b'], ['c'], ['a', 'b', 'c']]) expect(await stored(tagIds), tagIds.join('+')).toEqual(await truth(tagIds));
}
const row = async (id: string) => (await db.annotations.get(id)) as Annotation;

beforeEach(async () => {
  await db.tags.bulkPut(TAGS.map((id, order): Tag => ({ id, name: `Tag ${id}`, color: '#c6d7ff', parentId: id === 'b' ? 'a' : null, order })));
  await db.documents.bulkAdd([doc('d1', { date: '2024-01-01' }), doc('d2', { date: '2025-01-01' })]);
  await db.annotations.bulkAdd([
    passage('p1', 'd1', 'd1-b0', { tagIds: ['a'], role: 'reasoning' }),
    passage('p2', 'd1', 'd1-b1', { tagIds: ['a', 'b'], stance: 'accepted' }),
    passage('p3', 'd2', 'd2-b0', { tagIds: ['c'] }),
  ]);
  await buildTagLists(TAGS);
});

afterEach(async () => {
  await db.delete();
  await db.open();
});

describe('per-tag passage lists', () => {
  it('are built from the passages, a passage carrying a tag and its sub-tag listed once', async () => {
    expect((await stored(['a', 'b']))?.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(await stored(['a'])).toEqual([
      { id: 'p1', docId: 'd1', start: 0, blockId: 'd1-b0', role: 'reasoning' },
      { id: 'p2', docId: 'd1', start: 0, blockId: 'd1-b1', stance: 'accepted' },
    ]);
    await expectListsExact();
  });

  it('follow tagging, adding a tag, untagging, re-tagging, editing and removing a passage, and the undo of each', async () => {
    const steps = [
      async () => tagPassage(await db.annotations.toArray(), { ...passage('p4', 'd2', 'd2-b1'), anchor: { ...passage('p4', 'd2', 'd2-b1').anchor, position: { start: 40, end: 60 } } }, 'b', ).change,
      async () => addTagToPassage(await row('p3'), 'a', 2),
      async () => untagPassage(await row('p2'), 'b', 3),
      async () => retagPassage(await row('p1'), 'a', 'c', 4),
      async () => editPassage(await row('p3'), { role: 'operative', stance: 'rejected' }, 5),
      async () => removePassage(await row('p2')),
      async () => untagPassage(await row('p4'), 'b', 6),
    ];
    const done = [];
    for (const step of steps) {
      const change = await step();
      expect(change.annotations.length).toBeGreaterThan(0);
      await applyChange(change);
      done.push(change);
      await expectListsExact();
    }
    expect(await stored(['c'])).toEqual([
      { id: 'p1', docId: 'd1', start: 0, blockId: 'd1-b0', role: 'reasoning' },
      { id: 'p3', docId: 'd2', start: 0, blockId: 'd2-b0', role: 'operative', stance: 'rejected' },
    ]);
    for (const change of done.reverse()) {
      await applyChange(invertChange(change));
      await expectListsExact();
    }
    expect((await stored(['a', 'b']))?.map((p) => p.id)).toEqual(['p1', 'p2']);
  });

  it('follow a merge of two tags: the merged tag lists nothing, the other lists its passages and the merged ones once', async () => {
    const result = mergeTags(await db.tags.toArray(), await db.annotations.toArray(), 'b', 'c', 7);
    if (!result.ok) throw new Error(result.problem);
    await applyChange(result.change);
    expect(await stored(['b'])).toEqual([]);
    expect((await stored(['c']))?.map((p) => p.id)).toEqual(['p2', 'p3']);
    await expectListsExact();
    await applyChange(invertChange(result.change));
    expect((await stored(['b']))?.map((p) => p.id)).toEqual(['p2']);
    await expectListsExact();
  });

  it('follow deleting documents and undoing it, and writes made with update, modify and clear', async () => {
    const rows = await deleteDocuments(['d1']);
    expect(await stored(['a', 'b'])).toEqual([]);
    await expectListsExact();
    await restoreDocuments(rows);
    expect((await stored(['a', 'b']))?.map((p) => p.id)).toEqual(['p1', 'p2']);
    await db.annotations.update('p1', { role: 'claimant' });
    await db.annotations.update('p2', { note: 'voir', status: 'drifted' });
    await db.annotations.where('docId').equals('d2').modify((p) => void (p.tagIds = ['a']));
    expect(await stored(['a'])).toEqual([
      { id: 'p1', docId: 'd1', start: 0, blockId: 'd1-b0', role: 'claimant' },
      { id: 'p2', docId: 'd1', start: 0, blockId: 'd1-b1', stance: 'accepted' },
      { id: 'p3', docId: 'd2', start: 0, blockId: 'd2-b0' },
    ]);
    await expectListsExact();
    await db.annotations.clear();
    expect(await stored(['a', 'b', 'c'])).toEqual([]);
  });

  it('stay as they were when the transaction that wrote the passages fails', async () => {
    const before = await stored(['a', 'b', 'c']);
    await expect(
      db.transaction('rw', db.annotations, async () => {
        await db.annotations.update('p1', { tagIds: ['c'] });
        await db.annotations.add(passage('p9', 'd2', 'd2-b0', { tagIds: ['a'] }));
        throw new Error('interrupted');
      }),
    ).rejects.toThrow('interrupted');
    expect(await stored(['a', 'b', 'c'])).toEqual(before);
    await expectListsExact();
  });

  it('are left out of a backup, emptied by a restore and built again to match the restored passages', async () => {
    const sink = memorySink();
    await writeBackup(db, sink, { app: '0.1.0', now: new Date('2026-01-01T00:00:00Z'), pageSize: 2 });
    const source = textSource(sink.text());
    const inspection = await inspectBackup(db, source);
    expect(inspection.header.tables).not.toContain('tagLists');
    // The library changed after the backup; the restore puts it back as the backup has it.
    await applyChange(untagPassage(await row('p1'), 'a', 9));
    expect(await db.tagLists.count()).toBeGreaterThan(0);
    // The lists are emptied before the passages: emptying the passages then reads none of them to keep lists up.
    const reads: string[] = [];
    const { getAll, openCursor } = IDBObjectStore.prototype;
    const getAllSpy = vi.spyOn(IDBObjectStore.prototype, 'getAll').mockImplementation(function (this: IDBObjectStore, ...args) {
      reads.push(`${this.name}.getAll`);
      return getAll.apply(this, args);
    });
    const cursorSpy = vi.spyOn(IDBObjectStore.prototype, 'openCursor').mockImplementation(function (this: IDBObjectStore, ...args) {
      reads.push(`${this.name}.openCursor`);
      return openCursor.apply(this, args);
    });
    await restoreBackup(db, source, 'replace', inspection);
    getAllSpy.mockRestore();
    cursorSpy.mockRestore();
    expect(reads.filter((read) => read.startsWith('annotations.'))).toEqual([]);
    expect(await db.tagLists.count()).toBe(0);
    expect(await readTagLists(['a'])).toBeNull();
    await buildTagLists(TAGS);
    expect((await stored(['a']))?.map((p) => p.id)).toEqual(['p1', 'p2']);
    await expectListsExact();
  });

  it('are not trusted when passages were written around Dexie (their count no longer matches the index)', async () => {
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open(db.name);
      open.onsuccess = () => {
        const raw = open.result;
        const tx = raw.transaction('annotations', 'readwrite');
        tx.objectStore('annotations').put(passage('p8', 'd2', 'd2-b0', { tagIds: ['a'] }));
        tx.oncomplete = () => (raw.close(), resolve());
        tx.onerror = () => reject(tx.error);
      };
    });
    expect(await readTagLists(['a'])).toBeNull();
    await buildTagLists(['a']);
    expect((await stored(['a']))?.map((p) => p.id)).toEqual(['p1', 'p2', 'p8']);
  });
});

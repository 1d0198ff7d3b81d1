// A library written by version 5 (search index, no tag lists) opens in version 6 with every row intact, and lists arguments by tag.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { GloseDatabase } from '../../../renderer/src/db/database';
import { passagesOfLists, tagListOf } from '../../../shared/search';

// The schema exactly as version 5 declared it (renderer/src/db/database.ts before the tag lists).
const V5 = {
  documents: 'id, title, kind, court, date, importedAt, contentHash, *dossierIds',
  blocks: 'id, docId, [docId+order]',
  annotations: 'id, docId, *tagIds, [docId+status], updatedAt',
  tags: 'id, name, parentId',
  settings: 'key',
  dossiers: 'id, name',
  searchIndex: 'id',
};
const NAME = 'glose-upgrade-v6-test';

afterEach(async () => {
  await Dexie.delete(NAME);
});

describe('upgrading a library written by version 5 to version 6 (per-tag passage lists)', () => {
  it('keeps every row of every table unchanged, adds an empty tagLists table, and keeps lists current from then on', async () => {
    const old = new Dexie(NAME);
    old.version(5).stores(V5);
    await old.open();
    const rows: Record<string, Array<Record<string, unknown>>> = {
      documents: [{ id: 'd1', title: 'CE, 25 avril 2025', kind: 'ruling', court: 'Conseil d’État', date: '2025-04-25', importedAt: 10, contentHash: 'h1', dossierIds: ['hdh'] }],
      blocks: [{ id: 'b1', docId: 'd1', order: 0, type: 'paragraph', text: '1. Aux termes de l’article L. 521-1…', number: '1' }],
      annotations: [
        { id: 'a1', docId: 'd1', tagIds: ['t1'], status: 'anchored', role: 'reasoning', anchor: { start: { blockId: 'b1', offset: 0 }, end: { blockId: 'b1', offset: 5 }, quote: { exact: 'Aux t', prefix: '', suffix: '' }, position: { start: 3, end: 8 } }, createdAt: 1, updatedAt: 5 },
        { id: 'a2', docId: 'd1', tagIds: ['t1', 't2'], status: 'drifted', note: 'voir', anchor: { start: { blockId: 'b1', offset: 6 }, end: { blockId: 'b1', offset: 9 }, quote: { exact: 'ter', prefix: '', suffix: '' }, position: { start: 9, end: 12 } }, createdAt: 2, updatedAt: 6 },
      ],
      tags: [{ id: 't1', name: 'Urgence', color: '#fc0', parentId: null, order: 1 }, { id: 't2', name: 'Sous', color: '#fc0', parentId: 't1', order: 2 }],
      settings: [{ key: 'lang', value: 'fr' }],
      dossiers: [{ id: 'hdh', name: 'Health Data Hub' }],
      searchIndex: [{ id: 'd1', stamp: 's', analysis: 1, indexedAt: 7, units: [] }],
    };
    for (const [table, records] of Object.entries(rows)) await old.table(table).bulkAdd(records);
    old.close();

    const db = new GloseDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(6);
    for (const [table, records] of Object.entries(rows)) expect(await db.table(table).orderBy(':id').toArray(), table).toEqual(records);
    expect(await db.tagLists.count()).toBe(0);
    // A list built now, then a tagging: the list follows it.
    await db.tagLists.put(tagListOf('t1', await db.annotations.toArray()));
    await db.annotations.update('a2', { tagIds: ['t2'] });
    expect(passagesOfLists(await db.tagLists.where('tagId').equals('t1').toArray())).toEqual([{ id: 'a1', docId: 'd1', start: 3, blockId: 'b1', role: 'reasoning' }]);
    db.close();
  });
});

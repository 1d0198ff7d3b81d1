import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { GloseDatabase } from '../../../renderer/src/db/database';
import { DEFAULT_TAGS } from '../../../shared/model';

// The schema exactly as version 3 declared it (renderer/src/db/database.ts before the dossiers).
const V3 = {
  documents: 'id, title, kind, court, date, importedAt, contentHash',
  blocks: 'id, docId, [docId+order]',
  annotations: 'id, docId, *tagIds, [docId+status], updatedAt',
  tags: 'id, name, parentId',
  settings: 'key',
};
const NAME = 'glose-upgrade-v4-test';

afterEach(async () => {
  await Dexie.delete(NAME);
});

describe('upgrading a library written by version 3 to version 4 (dossiers)', () => {
  it('keeps every row of every table unchanged, adds an empty dossiers table and indexes memberships', async () => {
    const old = new Dexie(NAME);
    old.version(3).stores(V3);
    await old.open();
    const documents = [
      { id: 'd1', title: 'CE, 25 avril 2025', kind: 'ruling', court: 'Conseil d’État', date: '2025-04-25', importedAt: 10, contentHash: 'h1', note: 'à plaider', version: 2 },
      { id: 'd2', title: 'Article', kind: 'article', importedAt: 11, contentHash: 'h2' },
    ];
    const blocks = [
      { id: 'b1', docId: 'd1', order: 0, type: 'paragraph', text: '1. Aux termes de l’article L. 521-1…', number: '1', section: 'reasoning' },
      { id: 'b2', docId: 'd2', order: 0, type: 'heading', text: 'Le CLOUD Act', level: 1 },
    ];
    const annotations = [{ id: 'a1', docId: 'd1', tagIds: [DEFAULT_TAGS[0]?.id], status: 'drifted', note: 'voir', updatedAt: 5 }];
    const tags = DEFAULT_TAGS.map((tag) => ({ ...tag }));
    await old.table('documents').bulkAdd(documents);
    await old.table('blocks').bulkAdd(blocks);
    await old.table('annotations').bulkAdd(annotations);
    await old.table('tags').bulkAdd(tags);
    await old.table('settings').add({ key: 'library.view', value: { sort: { key: 'title', direction: 'asc' } } });
    old.close();

    const db = new GloseDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(6);
    expect(await db.documents.orderBy('id').toArray()).toEqual(documents);
    expect(await db.blocks.orderBy('id').toArray()).toEqual(blocks);
    expect(await db.annotations.toArray()).toEqual(annotations);
    expect(await db.tags.count()).toBe(tags.length);
    expect(await db.settings.get('library.view')).toEqual({ key: 'library.view', value: { sort: { key: 'title', direction: 'asc' } } });
    expect(await db.dossiers.count()).toBe(0);
    // The new multi-entry index answers once a document is filed.
    await db.documents.update('d2', { dossierIds: ['hdh', 'darwin'] });
    expect(await db.documents.where('dossierIds').equals('darwin').primaryKeys()).toEqual(['d2']);
    db.close();
  });

  it('normalises a malformed membership field instead of failing to open', async () => {
    const old = new Dexie(NAME);
    old.version(3).stores(V3);
    await old.open();
    await old.table('documents').bulkAdd([
      { id: 'd1', title: 'A', kind: 'ruling', importedAt: 1, contentHash: 'h1', dossierIds: 'hdh' },
      { id: 'd2', title: 'B', kind: 'ruling', importedAt: 2, contentHash: 'h2', dossierIds: ['x', 3, 'x'] },
    ]);
    old.close();
    const db = new GloseDatabase(NAME);
    await db.open();
    expect((await db.documents.get('d1'))?.dossierIds).toEqual([]);
    expect((await db.documents.get('d2'))?.dossierIds).toEqual(['x']);
    expect(await db.documents.where('dossierIds').equals('x').count()).toBe(1);
    db.close();
  });
});

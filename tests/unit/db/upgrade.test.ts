import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { GloseDatabase } from '../../../renderer/src/db/database';
import { DEFAULT_TAGS, type Tag } from '../../../shared/model';

const V1 = {
  documents: 'id, title, kind, court, date, importedAt, contentHash',
  blocks: 'id, docId, [docId+order]',
  annotations: 'id, docId, *tagIds, [docId+status], updatedAt',
  tags: 'id, name, parentId',
  settings: 'key',
};

describe('upgrading a library written by version 1', () => {
  it('keeps every row and adds the six new default tags around the user’s own', async () => {
    const name = 'glose-upgrade-test';
    const old = new Dexie(name);
    old.version(1).stores(V1);
    await old.open();
    const [cloud, alternatives, limit] = DEFAULT_TAGS as [Tag, Tag, Tag];
    const mine: Tag = { id: 'mine', name: 'Urgence', color: '#ffffff', shortcut: '4', parentId: null, order: 3 };
    await old.table('tags').bulkAdd([{ ...cloud, name: 'Transferts US' }, alternatives, limit, mine]);
    await old.table('documents').add({ id: 'd1', title: 'CE', kind: 'ruling' });
    await old.table('blocks').add({ id: 'b1', docId: 'd1', order: 0, type: 'paragraph', text: 'Texte' });
    await old.table('annotations').add({ id: 'a1', docId: 'd1', tagIds: [cloud.id, 'mine'], note: 'à voir' });
    await old.table('settings').add({ key: 'lang', value: 'fr' });
    old.close();

    const db = new GloseDatabase(name);
    await db.open();
    expect(db.verno).toBe(6);
    const tags = await db.tags.toArray();
    expect(tags.find((t) => t.id === cloud.id)?.name).toBe('Transferts US');
    expect(tags.find((t) => t.id === 'mine')).toEqual(mine);
    // "Urgence" is already the user's; the five others arrive, none taking the user's key 4.
    expect(tags.filter((t) => t.builtin && !['cloudActRisk', 'lackOfEuropeanAlternatives', 'threeYearLimit'].includes(t.builtin)).sort((a, b) => a.order - b.order).map((t) => [t.builtin, t.shortcut])).toEqual([
      ['pseudonymisation', undefined],
      ['hdsCertification', '5'],
      ['publicInterest', '6'],
      ['sovereignty', '8'],
      ['securitySafeguards', '9'],
    ]);
    expect(await db.annotations.get('a1')).toMatchObject({ tagIds: [cloud.id, 'mine'], note: 'à voir' });
    expect(await db.blocks.count()).toBe(1);
    expect(await db.documents.count()).toBe(1);
    expect(await db.settings.get('lang')).toEqual({ key: 'lang', value: 'fr' });
    db.close();
    await Dexie.delete(name);
  });

  it('version 5 adds an empty search index and keeps every row of version 3', async () => {
    const name = 'glose-upgrade-v3-test';
    const old = new Dexie(name);
    old.version(3).stores(V1);
    await old.open();
    await old.table('documents').add({ id: 'd1', title: 'CE', kind: 'ruling' });
    await old.table('blocks').add({ id: 'b1', docId: 'd1', order: 0, type: 'paragraph', text: 'Texte' });
    await old.table('annotations').add({ id: 'a1', docId: 'd1', tagIds: ['t'], note: 'à voir' });
    old.close();

    const db = new GloseDatabase(name);
    await db.open();
    expect(db.verno).toBe(6);
    expect(await db.searchIndex.count()).toBe(0);
    expect(await db.documents.get('d1')).toMatchObject({ title: 'CE' });
    expect(await db.blocks.get('b1')).toMatchObject({ text: 'Texte' });
    expect(await db.annotations.get('a1')).toMatchObject({ note: 'à voir' });
    db.close();
    await Dexie.delete(name);
  });
});

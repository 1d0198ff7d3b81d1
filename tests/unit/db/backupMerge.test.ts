// Restoring an older backup (schema 1 fixture) and merging a backup into a library that already has work in it.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db/database';
import { writeBackup } from '../../../renderer/src/db/backup';
import { inspectBackup, restoreBackup } from '../../../renderer/src/db/backupRestore';
import { block, doc, memorySink, passage, textSource, userTag } from '../backup/fixtures';

const fixture = readFileSync(new URL('../../fixtures/backup/schema-1.glose-backup', import.meta.url), 'utf8');

afterEach(async () => {
  await db.delete();
  await db.open();
});

async function backupOf(fill: () => Promise<void>): Promise<string> {
  await fill();
  const sink = memorySink();
  await writeBackup(db, sink, { app: '0.1.0', now: new Date('2026-11-01T10:00:00Z') });
  await db.delete();
  await db.open();
  return sink.text();
}

async function restore(text: string, mode: 'replace' | 'merge') {
  const source = textSource(text);
  return restoreBackup(db, source, mode, await inspectBackup(db, source));
}

describe('a backup written by schema 1', () => {
  it('restores its documents, blocks and passages, and gains the six default tags schema 3 added', async () => {
    const source = textSource(fixture);
    const inspection = await inspectBackup(db, source);
    expect(inspection.header.schema).toBe(1);
    expect(inspection.migrations).toEqual(['the six default tags added in schema 3']);
    await restoreBackup(db, source, 'replace', inspection);
    expect((await db.documents.toArray()).map((d) => d.caseNumber)).toEqual(['503163']);
    expect(await db.blocks.where('docId').equals('doc-503163').count()).toBe(3);
    expect((await db.annotations.get('ann-1'))?.tagIds).toEqual(['tag-cloud-act-risk', 'tag-user-proportion']);
    const tags = await db.tags.toArray();
    expect(tags).toHaveLength(10);
    // The user's tag keeps key 4; pseudonymisation, which has 4 in a new library, comes without a key.
    expect(tags.find((t) => t.id === 'tag-user-proportion')?.shortcut).toBe('4');
    expect(tags.find((t) => t.builtin === 'pseudonymisation')?.shortcut).toBeUndefined();
    expect(tags.find((t) => t.builtin === 'urgency')?.shortcut).toBe('7');
    expect(await db.settings.get('lang')).toEqual({ key: 'lang', value: 'fr' });
  });
});

describe('merge mode', () => {
  it('adds what is missing, keeps the newer copy of a passage, and says so', async () => {
    const text = await backupOf(async () => {
      await db.documents.add(doc('A'));
      await db.blocks.bulkAdd([block('a0', 'A', 0), block('a1', 'A', 1)]);
      await db.annotations.bulkAdd([passage('old-in-backup', 'A', 'a0', ['tag-urgency'], 100), passage('new-in-backup', 'A', 'a1', ['tag-urgency'], 900)]);
    });
    // The library now: document A, one passage edited later than in the backup, one earlier, and a document of its own.
    await db.documents.bulkAdd([doc('A'), doc('B')]);
    await db.blocks.bulkAdd([block('a0', 'A', 0), block('a1', 'A', 1), block('b0', 'B', 0)]);
    await db.annotations.bulkAdd([
      { ...passage('old-in-backup', 'A', 'a0', ['tag-urgency'], 500), note: 'revu depuis' },
      { ...passage('new-in-backup', 'A', 'a1', ['tag-urgency'], 200), note: 'ancienne note' },
    ]);
    const result = await restore(text, 'merge');
    expect((await db.annotations.get('old-in-backup'))?.note).toBe('revu depuis');
    expect((await db.annotations.get('new-in-backup'))?.note).toBe('Décisif');
    expect(result.tables.annotations).toEqual({ added: 0, updated: 1, kept: 1 });
    expect(await db.documents.count()).toBe(2);
    expect(result.tables.documents).toEqual({ added: 0, updated: 0, kept: 1 });
    expect(result.tables.blocks).toEqual({ added: 0, updated: 0, kept: 2 });
  });

  it('a newer version of a document in the backup brings its own blocks, and the old ones go', async () => {
    const text = await backupOf(async () => {
      await db.documents.add(doc('A', { version: 2 }));
      await db.blocks.bulkAdd([block('v2-0', 'A', 0, 'Texte corrigé')]);
    });
    await db.documents.add(doc('A'));
    await db.blocks.bulkAdd([block('v1-0', 'A', 0), block('v1-1', 'A', 1)]);
    const result = await restore(text, 'merge');
    expect((await db.blocks.where('docId').equals('A').toArray()).map((b) => b.text)).toEqual(['Texte corrigé']);
    expect((await db.documents.get('A'))?.version).toBe(2);
    expect(result.tables.documents).toEqual({ added: 0, updated: 1, kept: 0 });
  });

  it('folds a backup tag into the library tag of the same name, and its passages follow', async () => {
    const text = await backupOf(async () => {
      await db.tags.add(userTag('t-backup', 'Proportionnalité', { shortcut: '9' }));
      await db.tags.add(userTag('t-child', 'Nécessité', { parentId: 't-backup' }));
      await db.documents.add(doc('A'));
      await db.blocks.add(block('a0', 'A', 0));
      await db.annotations.add(passage('p', 'A', 'a0', ['t-backup', 'tag-urgency']));
    });
    await db.tags.add(userTag('t-library', 'proportionnalite', { description: 'la nôtre' }));
    const result = await restore(text, 'merge');
    expect(result.tagsMerged).toBe(1);
    expect(await db.tags.get('t-backup')).toBeUndefined();
    expect((await db.tags.get('t-library'))?.description).toBe('la nôtre');
    expect((await db.tags.get('t-child'))?.parentId).toBe('t-library');
    expect((await db.annotations.get('p'))?.tagIds).toEqual(['t-library', 'tag-urgency']);
    expect(result.tables.documents).toEqual({ added: 1, updated: 0, kept: 0 });
  });
});

describe('a table added by a later schema version', () => {
  /** The library as a later Glose might have it: version 7 adds `hearings`; backup and restore were not changed for it. */
  function laterDatabase(): Dexie {
    const later = new Dexie('glose-later');
    later.version(3).stores({ documents: 'id', blocks: 'id, docId', annotations: 'id, docId', tags: 'id, name', settings: 'key' });
    later.version(7).stores({ hearings: 'id, name' });
    return later;
  }

  it('is backed up and restored with the rest, and its schema version is written in the header', async () => {
    const later = laterDatabase();
    try {
      await later.table('hearings').bulkAdd([{ id: 'h1', name: 'Audience du 12 mars', documentIds: ['A'] }, { id: 'h2', name: 'Référé' }]);
      await later.table('documents').add(doc('A'));
      const sink = memorySink();
      await writeBackup(later, sink, { app: '0.2.0', now: new Date('2027-01-01T00:00:00Z') });
      expect(JSON.parse(sink.text().split('\n')[0] ?? '{}')).toMatchObject({ schema: 7, tables: ['tags', 'documents', 'blocks', 'annotations', 'settings', 'hearings'] });
      await later.table('hearings').clear();
      await later.table('documents').clear();
      const source = textSource(sink.text());
      await restoreBackup(later, source, 'replace', await inspectBackup(later, source));
      expect(await later.table('hearings').toArray()).toEqual([{ id: 'h1', name: 'Audience du 12 mars', documentIds: ['A'] }, { id: 'h2', name: 'Référé' }]);
      // This build's library (schema 6) refuses it: it would lose the hearings.
      await expect(inspectBackup(db, textSource(sink.text()))).rejects.toMatchObject({ problem: { code: 'newerSchema', schema: 7 } });
    } finally {
      await later.delete();
    }
  });
});

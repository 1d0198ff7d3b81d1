// Backup and restore against IndexedDB (fake-indexeddb): the round trip, the refusals that leave the library untouched.
import { CURRENT_SCHEMA_VERSION } from '../../../shared/backup/migrate';
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db/database';
import { writeBackup } from '../../../renderer/src/db/backup';
import { inspectBackup, restoreBackup } from '../../../renderer/src/db/backupRestore';
import { BackupError, type BackupProblem } from '../../../shared/backup';
import { block, doc, memorySink, passage, textSource, userTag } from '../backup/fixtures';

const NOW = new Date('2026-11-23T11:30:00Z');

async function seed(): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await db.documents.bulkAdd([doc('503163', { note: 'À citer', noteState: '{"root":{}}' }), doc('450163', { version: 2, metadataEditedAt: 5 })]);
    await db.blocks.bulkAdd(Array.from({ length: 30 }, (_, i) => block(`b${String(i).padStart(2, '0')}`, i < 20 ? '503163' : '450163', i % 20)));
    await db.tags.add(userTag('t-proportion', 'Proportionnalité', { parentId: 'tag-urgency', triggers: ['proportionné'] }));
    await db.annotations.bulkAdd([passage('p1', '503163', 'b00', ['tag-urgency', 't-proportion']), passage('p2', '450163', 'b25', ['tag-sovereignty'])]);
    await db.settings.bulkAdd([{ key: 'lang', value: 'fr' }, { key: 'theme', value: { mode: 'dark', since: 3 } }]);
  });
}

async function snapshot(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

async function backupText(pageSize = 7): Promise<string> {
  const sink = memorySink();
  await writeBackup(db, sink, { app: '0.1.0', now: NOW, pageSize });
  expect(sink.chunks.length).toBeGreaterThan(5);
  return sink.text();
}

async function refusal(text: string): Promise<BackupProblem> {
  try {
    await inspectBackup(db, textSource(text));
  } catch (error) {
    if (error instanceof BackupError) return error.problem;
    throw error;
  }
  throw new Error('the backup was accepted');
}

afterEach(async () => {
  await db.delete();
  await db.open();
});

describe('backup then restore', () => {
  it('gives back identical tables in an emptied library', async () => {
    await seed();
    const before = await snapshot();
    const text = await backupText();
    await db.delete();
    await db.open();
    expect(await db.documents.count()).toBe(0);
    const source = textSource(text);
    const inspection = await inspectBackup(db, source);
    expect(inspection.counts).toEqual({ tags: 10, documents: 2, blocks: 30, annotations: 2, settings: 2, dossiers: 0 });
    expect(inspection.header.createdAt).toBe(NOW.toISOString());
    const result = await restoreBackup(db, source, 'replace', inspection);
    expect(result.tables.blocks).toEqual({ added: 30, updated: 0, kept: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it('replace mode removes what the library had that the backup does not', async () => {
    await seed();
    const text = await backupText();
    await db.documents.add(doc('999999'));
    const source = textSource(text);
    await restoreBackup(db, source, 'replace', await inspectBackup(db, source));
    expect(await db.documents.get('999999')).toBeUndefined();
    expect(await db.documents.count()).toBe(2);
  });
});

describe('a refused backup leaves the library exactly as it was', () => {
  it('when the file changes between the check and the restore (the transaction aborts)', async () => {
    await seed();
    const text = await backupText();
    await db.documents.add(doc('111111'));
    await db.annotations.update('p1', { note: 'changé' });
    const before = await snapshot();
    const inspection = await inspectBackup(db, textSource(text));
    // The second pass reads a file whose blocks were edited since: the checksum fails at the end, after writes began.
    const edited = text.replace('code de justice administrative', 'code de justice administrativE');
    await expect(restoreBackup(db, textSource(edited), 'replace', inspection)).rejects.toMatchObject({ problem: { code: 'checksum', table: 'blocks' } });
    expect(await snapshot()).toEqual(before);
  });

  it('truncated, edited, foreign, newer or invalid files are refused with what was wrong', async () => {
    await seed();
    const text = await backupText();
    const lines = text.trimEnd().split('\n');
    expect(await refusal(lines.slice(0, -3).join('\n'))).toEqual({ code: 'truncated', line: lines.length - 3 });
    expect(await refusal(text.slice(0, Math.floor(text.length / 2)))).toMatchObject({ code: 'truncated' });
    expect(await refusal(text.replace('Décisif', 'Décisive'))).toEqual({ code: 'checksum', table: 'annotations' });
    expect(await refusal('%PDF-1.7\n%âãÏÓ\n')).toEqual({ code: 'foreign' });
    expect(await refusal('{"name":"glose","version":1}\n')).toEqual({ code: 'foreign' });
    expect(await refusal('')).toEqual({ code: 'empty' });
    expect(await refusal(text.replace('"format":1', '"format":2'))).toEqual({ code: 'newerFormat', format: 2 });
    expect(await refusal(text.replace(`"schema":${CURRENT_SCHEMA_VERSION}`, `"schema":${CURRENT_SCHEMA_VERSION + 1}`))).toEqual({ code: 'newerSchema', schema: CURRENT_SCHEMA_VERSION + 1 });
    expect(await refusal(text.replace(`"schema":${CURRENT_SCHEMA_VERSION}`, '"schema":1'))).toEqual({ code: 'headerChecksum' });
    const badRecord = text.replace('"stance":"accepted"', '"stance":"maybe"');
    expect(await refusal(badRecord)).toEqual({
      code: 'invalidRecord',
      table: 'annotations',
      record: 'p1',
      line: lines.findIndex((l) => l.includes('"id":"p1"')) + 1,
      field: 'stance',
      problem: { kind: 'value' },
    });
    expect(await refusal(text.replace('"offset":3', '"offset":"3"'))).toMatchObject({ code: 'invalidRecord', field: 'anchor.start.offset', problem: { kind: 'type', expected: 'number' } });
    expect(await refusal(text.replace(',"sourceFormat":"text"', ''))).toMatchObject({ code: 'invalidRecord', table: 'documents', field: 'sourceFormat', problem: { kind: 'missing' } });
    expect(await db.documents.count()).toBe(2);
  });
});

// A backup written by schema 4 (dossiers, before the search index), committed as a fixture, restores into schema 5:
// every table identical to the file's records, and the search index, which schema 4 never had, rebuilt from them.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db/database';
import { inspectBackup, restoreBackup } from '../../../renderer/src/db/backupRestore';
import { runSearch } from '../../../renderer/src/search/runSearch';
import { textSource } from '../backup/fixtures';

const fixture = readFileSync(new URL('../../fixtures/backup/schema-4.glose-backup', import.meta.url), 'utf8');

/** The fixture's records per table, read straight from its lines (not through the reader under test). */
function recordsInFile(text: string): Map<string, Array<Record<string, unknown>>> {
  const tables = new Map<string, Array<Record<string, unknown>>>();
  let current: Array<Record<string, unknown>> | undefined;
  for (const line of text.trimEnd().split('\n')) {
    const value = JSON.parse(line) as { type?: string; name?: string; r?: Record<string, unknown> };
    if (value.type === 'table' && value.name) tables.set(value.name, (current = []));
    else if (value.r) current?.push(value.r);
  }
  return tables;
}

const byKey = (key: string) => (a: Record<string, unknown>, b: Record<string, unknown>) => String(a[key]).localeCompare(String(b[key]));

afterEach(async () => {
  await db.delete();
  await db.open();
});

describe('a backup written by schema 4', () => {
  it('is read as schema 4, needs no migration, and lists no search index', async () => {
    const inspection = await inspectBackup(db, textSource(fixture));
    expect(inspection.header.schema).toBe(4);
    expect(inspection.header.tables).toEqual(['tags', 'documents', 'blocks', 'annotations', 'settings', 'dossiers']);
    expect(inspection.migrations).toEqual([]);
    expect(db.verno).toBe(6);
  });

  it('restores into schema 5 with every table identical to the file, then the search index is rebuilt from it', async () => {
    // A library with work of its own, which "replace" must leave no trace of, and a stale index row.
    await db.documents.add({ id: 'doc-local', title: 'Local', kind: 'other', sourceFileName: 'l.txt', sourceFormat: 'text', language: 'fr', wordCount: 1, importedAt: 1, contentHash: 'l' });
    await db.searchIndex.put({ id: 'doc-local', stamp: 'x', analysis: 0, indexedAt: 1, units: [] });

    const source = textSource(fixture);
    const result = await restoreBackup(db, source, 'replace', await inspectBackup(db, source));
    const expected = recordsInFile(fixture);
    expect([...expected.keys()].sort()).toEqual(['annotations', 'blocks', 'documents', 'dossiers', 'settings', 'tags']);
    for (const [table, records] of expected) {
      const key = table === 'settings' ? 'key' : 'id';
      expect({ table, rows: (await db.table(table).toArray()).sort(byKey(key)) }).toEqual({ table, rows: [...records].sort(byKey(key)) });
      expect(result.tables[table]).toEqual({ added: records.length, updated: 0, kept: 0 });
    }
    // The dossiers index of schema 4 answers in schema 5.
    expect(await db.documents.where('dossierIds').equals('dossier-darwin').primaryKeys()).toEqual(['doc-503163']);

    // Schema 4 had no search index: the restore leaves it empty, and the first search rebuilds it for both documents.
    expect(await db.searchIndex.count()).toBe(0);
    const answer = await runSearch('FISA', 10);
    expect(answer.kind === 'results' && answer.documents.map((d) => d.document.id)).toEqual(['doc-503163']);
    expect((await db.searchIndex.toArray()).map((row) => row.id).sort()).toEqual(['doc-503163', 'doc-article']);
    const article = await runSearch('hébergeur', 10);
    expect(article.kind === 'results' && article.documents.map((d) => d.document.id)).toEqual(['doc-article']);
  });
});

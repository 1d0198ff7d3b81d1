// Restores a backup: a first pass checks the whole file without touching the library, a second writes it in one transaction.
import Dexie, { type Table } from 'dexie';
import { BackupReader, type BackupEvent, type BackupInspection } from '../../../shared/backup';
import { backedUpTables, tableKeyPaths } from './backup';
import { mergeBatch, prepareMerge, type MergePlan, type TableOutcome } from './backupMerge';
import { readText, type BackupSource } from './backupSource';
import { DERIVED_TABLES } from './database';

export type RestoreMode = 'replace' | 'merge';

export interface RestoreResult {
  mode: RestoreMode;
  /** Per table: records added, updated (the backup's copy was newer) and kept (the library's copy stayed). */
  tables: Record<string, TableOutcome>;
  /** Backup tags that were the same as a library tag under another id, and were folded into it. */
  tagsMerged: number;
}

export interface ProgressOptions {
  /** Bytes of the file read so far (the size is `source.size`). */
  onBytes?: (read: number) => void;
}

/** Records written per bulk operation: big enough to be fast, small enough to keep memory flat. */
const BATCH = 1000;

/** First pass: reads and validates every line; throws a BackupError, never touches the database. */
export async function inspectBackup(database: Dexie, source: BackupSource, options: ProgressOptions = {}): Promise<BackupInspection> {
  const reader = new BackupReader({ keyPaths: tableKeyPaths(database), schema: database.verno });
  await readText(source, (text) => void reader.push(text), { onBytes: options.onBytes });
  return reader.end();
}

/**
 * Second pass, after inspectBackup accepted the file: one transaction over every table. The file is read again
 * (Dexie.waitFor keeps the transaction alive across the reads) and checked again as it goes, so a file changed
 * between the passes aborts the transaction. Any error aborts it: the library is then exactly as it was.
 */
export async function restoreBackup(database: Dexie, source: BackupSource, mode: RestoreMode, inspection: BackupInspection, options: ProgressOptions = {}): Promise<RestoreResult> {
  const all = database.tables;
  const byName = new Map(all.map((table) => [table.name, table]));
  return database.transaction('rw', all, async () => {
    const outcomes: Record<string, TableOutcome> = {};
    const outcome = (name: string) => (outcomes[name] ??= { added: 0, updated: 0, kept: 0 });
    let plan: MergePlan | null = null;
    if (mode === 'replace') {
      // Derived tables too: whatever owns them rebuilds them from the restored records. They go first: with the
      // tag lists already empty, emptying the passages has no list to keep (tagListsMiddleware would otherwise
      // read every passage to update lists about to be emptied anyway).
      const derived = all.filter((table) => DERIVED_TABLES.has(table.name));
      for (const table of [...derived, ...all.filter((table) => !derived.includes(table))]) await table.clear();
    } else {
      // A merge changes what derived tables were computed from: emptied too, so their owners rebuild them.
      for (const table of all) if (DERIVED_TABLES.has(table.name)) await table.clear();
      plan = await prepareMerge(byName, inspection);
    }

    const write = async (table: Table, records: Record<string, unknown>[]) => {
      if (records.length === 0) return;
      if (plan) {
        const result = await mergeBatch(table, records, plan);
        const counts = outcome(table.name);
        counts.added += result.added;
        counts.updated += result.updated;
        counts.kept += result.kept;
      } else {
        await table.bulkPut(records);
        outcome(table.name).added += records.length;
      }
    };

    const reader = new BackupReader({ keyPaths: tableKeyPaths(database), schema: database.verno });
    let current: Table | null = null;
    let batch: Record<string, unknown>[] = [];
    const handle = async (events: BackupEvent[]) => {
      for (const event of events) {
        if (event.kind === 'table') {
          if (current) await write(current, batch);
          batch = [];
          current = byName.get(event.table) ?? null;
          outcome(event.table);
        } else if (event.kind === 'record' && current) {
          batch.push(event.record);
          if (batch.length >= BATCH) {
            await write(current, batch);
            batch = [];
          }
        }
      }
    };
    await readText(source, (text) => handle(reader.push(text)), { keepAlive: true, onBytes: options.onBytes });
    if (current) await write(current, batch);
    const checked = reader.end();
    // Records the migrations add (default tags an older library lacked), computed from this very read.
    for (const [name, records] of Object.entries(checked.extra)) {
      const table = byName.get(name);
      if (table) await write(table, records);
    }
    for (const table of backedUpTables(database)) outcome(table.name);
    return { mode, tables: outcomes, tagsMerged: plan?.tagMap.size ?? 0 };
  });
}

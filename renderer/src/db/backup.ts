// Writes the whole library as a backup, table by table in pages by primary key, inside one read transaction (a consistent snapshot).
import Dexie, { type Table } from 'dexie';
import { BackupWriter } from '../../../shared/backup';
import { DERIVED_TABLES } from './database';

/** Where the text goes: a file being written (Electron), parts of a Blob (web), a string in tests. */
export interface BackupSink {
  write(text: string): Promise<void>;
}

export interface BackupOptions {
  /** The app version written in the header. */
  app: string;
  now: Date;
  /** Records per page: one page is read, written and released before the next. */
  pageSize?: number;
  onProgress?: (done: number, total: number) => void;
}

/** The user's own tables first (codebook, documents before their blocks and passages), then any later table by name. */
const TABLE_ORDER = ['tags', 'documents', 'blocks', 'annotations', 'settings'];

/** Every table a backup holds: all of the library's but the derived ones, including tables later versions add. */
export function backedUpTables(database: Dexie): Table[] {
  const rank = (name: string) => {
    const index = TABLE_ORDER.indexOf(name);
    return index === -1 ? TABLE_ORDER.length : index;
  };
  return database.tables
    .filter((table) => !DERIVED_TABLES.has(table.name))
    .sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
}

/** Primary key paths of the backed-up tables, for the reader's messages and checks. */
export function tableKeyPaths(database: Dexie): Record<string, string> {
  return Object.fromEntries(backedUpTables(database).map((table) => [table.name, keyPathOf(table) ?? '']));
}

function keyPathOf(table: Table): string | null {
  const keyPath = table.schema.primKey.keyPath;
  return typeof keyPath === 'string' && keyPath !== '' ? keyPath : null;
}

/** Writes the backup into `sink`; returns the number of records of each table. */
export async function writeBackup(database: Dexie, sink: BackupSink, options: BackupOptions): Promise<Record<string, number>> {
  const pageSize = options.pageSize ?? 1000;
  const tables = backedUpTables(database);
  const writer = new BackupWriter();
  // Dexie.waitFor keeps the read transaction open while the sink (a file, IPC) takes each page.
  return database.transaction('r', tables, async () => {
    const total = (await Promise.all(tables.map((table) => table.count()))).reduce((a, b) => a + b, 0);
    let done = 0;
    await Dexie.waitFor(sink.write(writer.header({ schema: database.verno, app: options.app, createdAt: options.now.toISOString(), tables: tables.map((t) => t.name) })));
    for (const table of tables) {
      await Dexie.waitFor(sink.write(writer.table(table.name)));
      const keyPath = keyPathOf(table);
      let last: unknown = undefined;
      let read = 0;
      for (;;) {
        const page: Record<string, unknown>[] =
          keyPath === null
            ? await table.toCollection().offset(read).limit(pageSize).toArray()
            : last === undefined
              ? await table.orderBy(':id').limit(pageSize).toArray()
              : await table.where(':id').above(last).limit(pageSize).toArray();
        if (page.length === 0) break;
        if (keyPath !== null) last = page[page.length - 1]?.[keyPath];
        read += page.length;
        done += page.length;
        await Dexie.waitFor(sink.write(writer.records(page)));
        options.onProgress?.(done, total);
        if (page.length < pageSize) break;
      }
    }
    await Dexie.waitFor(sink.write(writer.trailer()));
    return writer.counts();
  });
}

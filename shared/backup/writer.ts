// Writes a backup as text chunks, one page of records at a time, hashing each table as it goes.
import { LineHasher, sha256Hex } from './checksum';
import { BACKUP_FORMAT_VERSION, BACKUP_MAGIC, type BackupHeader, type BackupTrailer } from './format';

export type HeaderFields = Pick<BackupHeader, 'schema' | 'app' | 'createdAt' | 'tables'>;

export class BackupWriter {
  private headerHash = '';
  private current: { name: string; hasher: LineHasher; count: number } | null = null;
  private readonly done: BackupTrailer['tables'] = {};

  header(fields: HeaderFields): string {
    const header: BackupHeader = { type: 'header', magic: BACKUP_MAGIC, format: BACKUP_FORMAT_VERSION, ...fields };
    const line = JSON.stringify(header);
    this.headerHash = sha256Hex(line);
    return `${line}\n`;
  }

  table(name: string): string {
    this.closeTable();
    this.current = { name, hasher: new LineHasher(), count: 0 };
    return `${JSON.stringify({ type: 'table', name })}\n`;
  }

  /** One page of the current table's records, as the lines to append. */
  records(records: readonly unknown[]): string {
    const current = this.current;
    if (!current) throw new Error('BackupWriter: records before a table');
    let out = '';
    for (const record of records) {
      const line = JSON.stringify({ r: record });
      current.hasher.line(line);
      current.count += 1;
      out += `${line}\n`;
    }
    return out;
  }

  trailer(): string {
    this.closeTable();
    const trailer: BackupTrailer = { type: 'trailer', header: this.headerHash, tables: this.done };
    return `${JSON.stringify(trailer)}\n`;
  }

  /** Counts written so far, per finished table. */
  counts(): Record<string, number> {
    return Object.fromEntries(Object.entries(this.done).map(([name, summary]) => [name, summary.count]));
  }

  private closeTable(): void {
    if (!this.current) return;
    this.done[this.current.name] = { count: this.current.count, sha256: this.current.hasher.hex() };
    this.current = null;
  }
}

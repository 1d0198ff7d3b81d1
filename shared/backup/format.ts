// The backup file format: NDJSON lines — a header, then each table's records, then a trailer with counts and checksums.

/** First field of every header line: a file without it is not a Glose backup. */
export const BACKUP_MAGIC = 'glose-backup';
/**
 * The layout of the file (not of the records). 1: header, `table` lines each followed by `{"r":…}` record lines, trailer.
 * A reader refuses a newer format: it cannot know what the newer lines mean.
 */
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_EXTENSION = 'glose-backup';
export const BACKUP_MIME_TYPE = 'application/x-ndjson';

export interface BackupHeader {
  type: 'header';
  magic: typeof BACKUP_MAGIC;
  format: number;
  /** The Dexie schema version of the library it was written from; decides which migrations apply. */
  schema: number;
  /** The Glose version that wrote it, for the user and for support. */
  app: string;
  /** ISO 8601, UTC. */
  createdAt: string;
  /** The tables that follow, in order. */
  tables: string[];
}

export interface TableLine {
  type: 'table';
  name: string;
}

/** One record; wrapped so that a record's own fields (a block's `type`) never look like a control line. */
export interface RecordLine {
  r: unknown;
}

export interface TableSummary {
  count: number;
  /** SHA-256 hex over each record line's text followed by `\n` (so a CRLF conversion does not count as an edit). */
  sha256: string;
}

export interface BackupTrailer {
  type: 'trailer';
  /** SHA-256 hex of the header line: a header edited by hand (schema, dates) is caught too. */
  header: string;
  tables: Record<string, TableSummary>;
}

/** `glose-20261123-111304.glose-backup`, in UTC so that names sort in time order on every machine. */
export function backupFileName(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}`;
  const time = `${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}`;
  return `glose-${day}-${time}.${BACKUP_EXTENSION}`;
}

// Reads a backup line by line: checks the header, validates and migrates each record, checks counts and checksums at the end.
import type { z } from 'zod';
import type { Tag } from '../model';
import { LineHasher, sha256Hex } from './checksum';
import { BackupError, type FieldProblem } from './errors';
import { BACKUP_FORMAT_VERSION, BACKUP_MAGIC, type BackupHeader, type BackupTrailer } from './format';
import { LineSplitter } from './lines';
import { CURRENT_SCHEMA_VERSION, migrationsFor, type SchemaMigration } from './migrate';
import { RECORD_SCHEMAS, tagSchema, unknownRecordSchema } from './schemas';

/** What merge needs to know of a document before any is written: enough to say which copy is newer. */
export interface DocumentStamp {
  id: string;
  version?: number;
  metadataEditedAt?: number;
  importedAt: number;
}

/** Everything a first pass learns: shown in the confirmation, and used by the second pass. */
export interface BackupInspection {
  header: BackupHeader;
  counts: Record<string, number>;
  /** Why records were changed on the way in (older schema). */
  migrations: string[];
  /** Records the migrations add, per table, written after the backup's own. */
  extra: Record<string, Record<string, unknown>[]>;
  tags: Tag[];
  documents: DocumentStamp[];
}

export type BackupEvent =
  | { kind: 'header'; header: BackupHeader }
  | { kind: 'table'; table: string }
  | { kind: 'record'; table: string; record: Record<string, unknown> }
  | { kind: 'trailer' };

export interface ReaderOptions {
  /** The library's tables and their primary key paths; a backup table outside this list is refused. */
  keyPaths: Readonly<Record<string, string>>;
  /** The library's schema version: a backup from a newer one is refused. */
  schema?: number;
}

export class BackupReader {
  private readonly splitter = new LineSplitter((line) => {
    throw new BackupError(line === 1 ? { code: 'foreign' } : { code: 'badLine', line });
  });
  private lineNumber = 0;
  private header: BackupHeader | null = null;
  private headerHash = '';
  private migrations: SchemaMigration[] = [];
  private table: string | null = null;
  private readonly hashers = new Map<string, LineHasher>();
  private readonly counts: Record<string, number> = {};
  private trailer: BackupTrailer | null = null;
  private readonly tags: Tag[] = [];
  private readonly documents: DocumentStamp[] = [];

  constructor(private readonly options: ReaderOptions) {}

  /** Feeds decoded text; returns what the complete lines in it hold. Throws a BackupError on the first problem. */
  push(chunk: string): BackupEvent[] {
    return this.splitter.push(chunk).flatMap((line) => this.line(line));
  }

  /** The end of the file: checks that it was complete and untouched. */
  end(): BackupInspection {
    for (const line of this.splitter.flush()) {
      try {
        this.line(line);
      } catch (error) {
        // A last line without its newline that does not parse: the file was cut in the middle of it.
        if (error instanceof BackupError && error.problem.code === 'badLine' && !this.trailer) throw new BackupError({ code: 'truncated', line: this.lineNumber });
        throw error;
      }
    }
    if (!this.header) throw new BackupError({ code: 'empty' });
    if (!this.trailer) throw new BackupError({ code: 'truncated', line: this.lineNumber });
    const trailer = this.trailer;
    if (trailer.header !== this.headerHash) throw new BackupError({ code: 'headerChecksum' });
    const named = new Set([...Object.keys(trailer.tables), ...this.hashers.keys()]);
    for (const table of named) {
      const summary = trailer.tables[table];
      const found = this.counts[table] ?? 0;
      if (!summary) throw new BackupError({ code: 'checksum', table });
      if (summary.count !== found) throw new BackupError({ code: 'count', table, expected: summary.count, found });
      if (summary.sha256 !== (this.hashers.get(table) ?? new LineHasher()).hex()) throw new BackupError({ code: 'checksum', table });
    }
    const extra: Record<string, Record<string, unknown>[]> = {};
    for (const migration of this.migrations) {
      for (const [table, records] of Object.entries(migration.extra?.({ tags: this.tags }) ?? {})) {
        extra[table] = [...(extra[table] ?? []), ...(records as Record<string, unknown>[])];
      }
    }
    return {
      header: this.header,
      counts: { ...this.counts },
      migrations: this.migrations.map((m) => m.reason),
      extra,
      tags: this.tags,
      documents: this.documents,
    };
  }

  private line(text: string): BackupEvent[] {
    this.lineNumber += 1;
    if (text.trim() === '') return [];
    const at = this.lineNumber;
    if (this.trailer) throw new BackupError({ code: 'afterTrailer', line: at });
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new BackupError(this.header ? { code: 'badLine', line: at } : { code: 'foreign' });
    }
    if (!this.header) return [this.readHeader(value, text)];
    if (!isObject(value)) throw new BackupError({ code: 'badLine', line: at });
    if ('r' in value) return [this.readRecord(value.r, text, at)];
    if (value.type === 'table') return [this.readTable(value.name, at)];
    if (value.type === 'trailer') {
      this.trailer = readTrailer(value, at);
      return [{ kind: 'trailer' }];
    }
    throw new BackupError({ code: 'badLine', line: at });
  }

  private readHeader(value: unknown, text: string): BackupEvent {
    if (!isObject(value) || value.magic !== BACKUP_MAGIC || value.type !== 'header') throw new BackupError({ code: 'foreign' });
    if (typeof value.format !== 'number' || !Number.isInteger(value.format) || value.format < 1) throw new BackupError({ code: 'badHeader', field: 'format' });
    if (value.format > BACKUP_FORMAT_VERSION) throw new BackupError({ code: 'newerFormat', format: value.format });
    if (typeof value.schema !== 'number' || !Number.isInteger(value.schema) || value.schema < 1) throw new BackupError({ code: 'badHeader', field: 'schema' });
    if (value.schema > (this.options.schema ?? CURRENT_SCHEMA_VERSION)) throw new BackupError({ code: 'newerSchema', schema: value.schema });
    if (typeof value.app !== 'string') throw new BackupError({ code: 'badHeader', field: 'app' });
    if (typeof value.createdAt !== 'string' || Number.isNaN(Date.parse(value.createdAt))) throw new BackupError({ code: 'badHeader', field: 'createdAt' });
    if (!Array.isArray(value.tables) || !value.tables.every((t) => typeof t === 'string')) throw new BackupError({ code: 'badHeader', field: 'tables' });
    this.header = {
      type: 'header',
      magic: BACKUP_MAGIC,
      format: value.format,
      schema: value.schema,
      app: value.app,
      createdAt: value.createdAt,
      tables: value.tables as string[],
    };
    this.headerHash = sha256Hex(text);
    this.migrations = migrationsFor(value.schema);
    return { kind: 'header', header: this.header };
  }

  private readTable(name: unknown, at: number): BackupEvent {
    if (typeof name !== 'string' || name === '') throw new BackupError({ code: 'badLine', line: at });
    if (!(name in this.options.keyPaths)) throw new BackupError({ code: 'unknownTable', table: name, line: at });
    if (this.hashers.has(name)) throw new BackupError({ code: 'duplicateTable', table: name, line: at });
    this.table = name;
    this.hashers.set(name, new LineHasher());
    this.counts[name] = 0;
    return { kind: 'table', table: name };
  }

  private readRecord(raw: unknown, text: string, at: number): BackupEvent {
    const table = this.table;
    if (table === null) throw new BackupError({ code: 'badLine', line: at });
    this.hashers.get(table)?.line(text);
    this.counts[table] = (this.counts[table] ?? 0) + 1;
    const keyPath = this.options.keyPaths[table] ?? 'id';
    const recordName = isObject(raw) && (typeof raw[keyPath] === 'string' || typeof raw[keyPath] === 'number') ? String(raw[keyPath]) : `#${this.counts[table]}`;
    if (!isObject(raw)) throw new BackupError({ code: 'invalidRecord', table, record: recordName, line: at, field: '', problem: { kind: 'type', expected: 'object' } });
    let record: Record<string, unknown> = raw;
    for (const migration of this.migrations) if (migration.record) record = migration.record(table, record);
    const schema: z.ZodType<Record<string, unknown>> = RECORD_SCHEMAS[table] ?? unknownRecordSchema;
    const parsed = schema.safeParse(record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = issue?.path ?? [];
      throw new BackupError({ code: 'invalidRecord', table, record: recordName, line: at, field: path.join('.'), problem: fieldProblem(issue, valueAt(record, path)) });
    }
    const clean = parsed.data;
    if (!(keyPath in clean) || (typeof clean[keyPath] !== 'string' && typeof clean[keyPath] !== 'number')) {
      throw new BackupError({ code: 'invalidRecord', table, record: recordName, line: at, field: keyPath, problem: { kind: 'missing' } });
    }
    if (table === 'tags') this.tags.push(tagSchema.parse(clean));
    if (table === 'documents') {
      const { id, version, metadataEditedAt, importedAt } = clean as unknown as DocumentStamp;
      this.documents.push({ id, version, metadataEditedAt, importedAt });
    }
    return { kind: 'record', table, record: clean };
  }
}

function readTrailer(value: Record<string, unknown>, at: number): BackupTrailer {
  const tables = value.tables;
  if (typeof value.header !== 'string' || !isObject(tables)) throw new BackupError({ code: 'badLine', line: at });
  const out: BackupTrailer['tables'] = {};
  for (const [name, summary] of Object.entries(tables)) {
    if (!isObject(summary) || typeof summary.count !== 'number' || typeof summary.sha256 !== 'string') throw new BackupError({ code: 'badLine', line: at });
    out[name] = { count: summary.count, sha256: summary.sha256 };
  }
  return { type: 'trailer', header: value.header, tables: out };
}

function fieldProblem(issue: z.core.$ZodIssue | undefined, value: unknown): FieldProblem {
  if (value === undefined) return { kind: 'missing' };
  if (issue?.code === 'invalid_type') return { kind: 'type', expected: String(issue.expected) };
  return { kind: 'value' };
}

function valueAt(record: unknown, path: readonly PropertyKey[]): unknown {
  let here: unknown = record;
  for (const key of path) {
    if (!isObject(here) && !Array.isArray(here)) return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

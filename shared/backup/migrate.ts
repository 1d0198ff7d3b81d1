// Migrations of backup records written by an older schema or format: the table that brings them up to the current library.
import { missingDefaultTags } from '../codebook/defaults';
import { tagNames } from '../i18n/tagName';
import type { Tag } from '../model';

/** The Dexie schema version of the library this build writes (renderer/src/db/database.ts); a test keeps them equal. */
export const CURRENT_SCHEMA_VERSION = 6;

/** What a migration may add once every record has been read (the backup's tags, already validated, are given). */
export interface MigrationContext {
  tags: readonly Tag[];
}

export interface SchemaMigration {
  /** Applies to backups written by a schema older than this version. */
  to: number;
  /** Why, for the restore summary and the reader of this file. */
  reason: string;
  /** Rewrites one record of `table` before validation; return it unchanged when nothing applies. */
  record?: (table: string, record: Record<string, unknown>) => Record<string, unknown>;
  /** Records to add after the whole backup was read, per table. */
  extra?: (context: MigrationContext) => Record<string, unknown[]>;
}

/**
 * In version order. Tables added by a later schema (dossiers, search index) need no entry: a backup that lacks
 * a table restores it empty. An entry is needed only when a record's shape or the library's contents change.
 */
export const SCHEMA_MIGRATIONS: readonly SchemaMigration[] = [
  {
    // Schema 3 grew the codebook from three default tags to nine (the Dexie upgrade adds the six to a library);
    // a backup written by schema 1 gets the same six, fitted around the user's own names and shortcuts.
    to: 3,
    reason: 'the six default tags added in schema 3',
    extra: ({ tags }) => ({ tags: missingDefaultTags(tags, tagNames) }),
  },
];

/** The migrations a backup of `schema` needs, oldest first. */
export function migrationsFor(schema: number): SchemaMigration[] {
  return SCHEMA_MIGRATIONS.filter((migration) => schema < migration.to);
}

// The local library: Dexie over IndexedDB, database `glose` (DESIGN.md §3). The origin it lives in must never change.
import Dexie, { type EntityTable } from 'dexie';
import { DEFAULT_TAGS, type Annotation, type Block, type GloseDocument, type Tag } from '../../../shared/model';
import { missingDefaultTags } from '../../../shared/codebook/defaults';
import { tagNames } from '../../../shared/i18n/tagName';
import type { StoredDocumentIndex } from '../../../shared/search/units';

export interface Setting {
  key: string;
  value: unknown;
}

export const DATABASE_NAME = 'glose';

/**
 * Tables whose rows are computed from the others (a search index, caches). A backup leaves them out
 * and a restore empties them, so whatever owns them rebuilds them. Every other table is the user's work
 * and is backed up whole, including tables added by later schema versions.
 */
export const DERIVED_TABLES: ReadonlySet<string> = new Set<string>(['searchIndex']);


const SCHEMA_V1 = {
  documents: 'id, title, kind, court, date, importedAt, contentHash',
  blocks: 'id, docId, [docId+order]',
  annotations: 'id, docId, *tagIds, [docId+status], updatedAt',
  tags: 'id, name, parentId',
  settings: 'key',
};

export class GloseDatabase extends Dexie {
  documents!: EntityTable<GloseDocument, 'id'>;
  blocks!: EntityTable<Block, 'id'>;
  annotations!: EntityTable<Annotation, 'id'>;
  tags!: EntityTable<Tag, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  searchIndex!: EntityTable<StoredDocumentIndex, 'id'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    // Version 2 belongs to another change. Version 3: the codebook grows from three default tags to nine;
    // a library made before gets the six new ones, fitted around the user's own names and shortcuts.
    this.version(3)
      .stores(SCHEMA_V1)
      .upgrade(async (tx) => {
        const tags = tx.table<Tag, string>('tags');
        const added = missingDefaultTags(await tags.toArray(), tagNames);
        if (added.length > 0) await tags.bulkAdd(added);
      });
    // Version 4 belongs to another change (library dossiers). Version 5: the full-text search index, one row of
    // analysed units per document, derived from the other tables; nothing to upgrade, a missing row is rebuilt.
    this.version(5).stores({ ...SCHEMA_V1, searchIndex: 'id' });
    // A new library starts with the default codebook.
    this.on('populate', (tx) => {
      void tx.table('tags').bulkAdd(DEFAULT_TAGS.map((tag) => ({ ...tag })));
    });
  }
}

export const db = new GloseDatabase();

// The local library: Dexie over IndexedDB, database `glose` (DESIGN.md §3). The origin it lives in must never change.
import Dexie, { type EntityTable } from 'dexie';
import { DEFAULT_TAGS, type Annotation, type Block, type Dossier, type GloseDocument, type Tag } from '../../../shared/model';
import { missingDefaultTags } from '../../../shared/codebook/defaults';
import { tagNames } from '../../../shared/i18n/tagName';
import type { StoredDocumentIndex } from '../../../shared/search/units';
import type { TagPassageList } from '../../../shared/search/tagLists';
import { tagListsMiddleware } from './tagListsMiddleware';

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
export const DERIVED_TABLES: ReadonlySet<string> = new Set<string>(['searchIndex', 'tagLists']);

const SCHEMA_V1 = {
  documents: 'id, title, kind, court, date, importedAt, contentHash',
  blocks: 'id, docId, [docId+order]',
  annotations: 'id, docId, *tagIds, [docId+status], updatedAt',
  tags: 'id, name, parentId',
  settings: 'key',
};

/**
 * Version 4 (library dossiers). Membership is an array on the document with a multi-entry index rather than
 * a join table: the library loads every document anyway, so counts and the dossier filter come free; a deleted
 * document takes its memberships with it and its undo brings them back in the same row; a backup carries them
 * with the document. Deleting a dossier rewrites its members in one transaction (a rare, bounded write).
 * A later version must restate `documents` from this schema, not from SCHEMA_V1, or the index is dropped.
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V1,
  documents: `${SCHEMA_V1.documents}, *dossierIds`,
  dossiers: 'id, name',
};

export class GloseDatabase extends Dexie {
  documents!: EntityTable<GloseDocument, 'id'>;
  blocks!: EntityTable<Block, 'id'>;
  annotations!: EntityTable<Annotation, 'id'>;
  tags!: EntityTable<Tag, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  dossiers!: EntityTable<Dossier, 'id'>;
  searchIndex!: EntityTable<StoredDocumentIndex, 'id'>;
  tagLists!: EntityTable<TagPassageList, 'tagId'>;

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
    // Version 4: dossiers. Existing documents belong to none; a malformed membership field (not an array of
    // strings, e.g. from a hand-edited backup) is normalised so that the multi-entry index can hold it.
    this.version(4)
      .stores(SCHEMA_V4)
      .upgrade(async (tx) => {
        await tx
          .table<GloseDocument, string>('documents')
          .toCollection()
          .modify((doc) => {
            if (doc.dossierIds === undefined) return;
            const ids = Array.isArray(doc.dossierIds) ? doc.dossierIds.filter((id): id is string => typeof id === 'string') : [];
            doc.dossierIds = [...new Set(ids)];
          });
      });
    // Version 5: the full-text search index, one row of analysed units per document, derived from the other
    // tables; nothing to upgrade, a missing row is rebuilt.
    this.version(5).stores({ ...SCHEMA_V4, searchIndex: 'id' });
    // Version 6: each tag's passages in one record (the arguments-by-tag list), derived from the passages and kept
    // exact by tagListsMiddleware; nothing to upgrade, a tag's missing list is built when it is first listed.
    this.version(6).stores({ ...SCHEMA_V4, searchIndex: 'id', tagLists: 'tagId' });
    this.use(tagListsMiddleware);
    // A new library starts with the default codebook.
    this.on('populate', (tx) => {
      void tx.table('tags').bulkAdd(DEFAULT_TAGS.map((tag) => ({ ...tag })));
    });
  }
}

export const db = new GloseDatabase();

// The local library: Dexie over IndexedDB, database `glose` (DESIGN.md §3). The origin it lives in must never change.
import Dexie, { type EntityTable } from 'dexie';
import { DEFAULT_TAGS, type Annotation, type Block, type GloseDocument, type Tag } from '../../../shared/model';

export interface Setting {
  key: string;
  value: unknown;
}

export const DATABASE_NAME = 'glose';

export class GloseDatabase extends Dexie {
  documents!: EntityTable<GloseDocument, 'id'>;
  blocks!: EntityTable<Block, 'id'>;
  annotations!: EntityTable<Annotation, 'id'>;
  tags!: EntityTable<Tag, 'id'>;
  settings!: EntityTable<Setting, 'key'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    this.version(1).stores({
      documents: 'id, title, kind, court, date, importedAt, contentHash',
      blocks: 'id, docId, [docId+order]',
      annotations: 'id, docId, *tagIds, [docId+status], updatedAt',
      tags: 'id, name, parentId',
      settings: 'key',
    });
    // A new library starts with the default codebook.
    this.on('populate', (tx) => {
      void tx.table('tags').bulkAdd(DEFAULT_TAGS.map((tag) => ({ ...tag })));
    });
  }
}

export const db = new GloseDatabase();

// Deleting documents with their blocks and passages in one transaction, and putting back exactly those rows (undo).
import type { Annotation, Block, GloseDocument } from '../../../shared/model';
import { db } from './database';

/** Everything one deletion removed, kept in memory for the undo window. */
export interface DeletedRows {
  documents: GloseDocument[];
  blocks: Block[];
  annotations: Annotation[];
}

/**
 * Why rows in memory rather than a soft-delete flag: a flag would have to be honoured by every reader of the
 * tables (reader, exports, search, argument retrieval, backups, counts), and one forgotten query would show a
 * deleted ruling's passages. Here the rows really leave the database; the undo writes the very same rows back.
 * The price: closing the app during the undo window makes the deletion final, which the confirmation says.
 */
export async function deleteDocuments(ids: readonly string[]): Promise<DeletedRows> {
  return db.transaction('rw', db.documents, db.blocks, db.annotations, async () => {
    const documents = (await db.documents.bulkGet([...ids])).filter((doc): doc is GloseDocument => doc !== undefined);
    const present = documents.map((doc) => doc.id);
    const blocks = await db.blocks.where('docId').anyOf(present).toArray();
    const annotations = await db.annotations.where('docId').anyOf(present).toArray();
    await db.blocks.bulkDelete(blocks.map((b) => b.id));
    await db.annotations.bulkDelete(annotations.map((a) => a.id));
    await db.documents.bulkDelete(present);
    return { documents, blocks, annotations };
  });
}

/**
 * Writes the deleted rows back as they were. `bulkAdd`, not `bulkPut`: if a row with the same id came back
 * meanwhile (another window's undo), the restore fails whole and says so instead of overwriting it.
 */
export async function restoreDocuments(rows: DeletedRows): Promise<void> {
  await db.transaction('rw', db.documents, db.blocks, db.annotations, async () => {
    await db.documents.bulkAdd(rows.documents);
    await db.blocks.bulkAdd(rows.blocks);
    await db.annotations.bulkAdd(rows.annotations);
  });
}

/** How many passages the documents carry, to ask for confirmation before deleting tagged work. */
export async function passageCountOf(ids: readonly string[]): Promise<number> {
  return db.annotations.where('docId').anyOf([...ids]).count();
}

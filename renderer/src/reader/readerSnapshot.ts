// What the reader needs to open a document, read at once in one transaction: a consistent snapshot, with no
// live-query bookkeeping (the live queries start once the text is drawn; see useReaderData).
import type { Annotation, Block, GloseDocument, Tag } from '../../../shared/model';
import { db } from '../db/database';
import { documentBlocks } from '../db/documents';
import { documentPassages } from '../db/annotations';

export interface ReaderSnapshot {
  docId: string;
  document: GloseDocument | null;
  blocks: Block[];
  passages: Annotation[];
  tags: Tag[];
}

export function readerSnapshot(docId: string): Promise<ReaderSnapshot> {
  return db.transaction('r', [db.documents, db.blocks, db.annotations, db.tags], async () => {
    const [document, blocks, passages, tags] = await Promise.all([db.documents.get(docId), documentBlocks(docId), documentPassages(docId), db.tags.toArray()]);
    return { docId, document: document ?? null, blocks, passages, tags };
  });
}

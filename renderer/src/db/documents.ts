// Reads and writes of documents and their blocks; an import is one transaction (all of it or nothing).
import type { Block, GloseDocument } from '../../../shared/model';
import { db } from './database';

export async function addDocument(document: GloseDocument, blocks: Block[]): Promise<void> {
  await db.transaction('rw', db.documents, db.blocks, async () => {
    await db.documents.add(document);
    await db.blocks.bulkAdd(blocks);
  });
}

export function documentBlocks(docId: string): Promise<Block[]> {
  return db.blocks.where('[docId+order]').between([docId, -Infinity], [docId, Infinity]).toArray();
}

export function listDocuments(): Promise<GloseDocument[]> {
  return db.documents.orderBy('importedAt').reverse().toArray();
}

/** Passage count per document, for the library list. */
export async function passageCounts(): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  await db.annotations.each((a) => counts.set(a.docId, (counts.get(a.docId) ?? 0) + 1));
  return counts;
}

/** Per document, how many passages a new version left to review (drifted or orphan). */
export async function reviewCounts(): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  await db.annotations.each((a) => {
    if (a.status !== 'anchored') counts.set(a.docId, (counts.get(a.docId) ?? 0) + 1);
  });
  return counts;
}

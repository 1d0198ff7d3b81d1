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

export interface PassageCount {
  passages: number;
  /** Passages a new version left to review (drifted or orphan). */
  toReview: number;
}

/**
 * Passage counts for the documents on screen, from index counts: nothing is loaded but keys, so the
 * library opens as fast with 100,000 passages as with none. Called for the visible rows only.
 */
export async function passageCountsFor(docIds: readonly string[]): Promise<Map<string, PassageCount>> {
  const counts = new Map<string, PassageCount>();
  await db.transaction('r', db.annotations, async () => {
    await Promise.all(
      docIds.map(async (docId) => {
        const [passages, drifted, orphan] = await Promise.all([
          db.annotations.where('docId').equals(docId).count(),
          db.annotations.where('[docId+status]').equals([docId, 'drifted']).count(),
          db.annotations.where('[docId+status]').equals([docId, 'orphan']).count(),
        ]);
        counts.set(docId, { passages, toReview: drifted + orphan });
      }),
    );
  });
  return counts;
}

/** The documents with at least one passage carrying one of `tagIds` (the tag filter), read from the tag index. */
export async function documentsWithTags(tagIds: readonly string[]): Promise<Set<string>> {
  const docIds = new Set<string>();
  await db.annotations.where('tagIds').anyOf([...tagIds]).each((passage) => docIds.add(passage.docId));
  return docIds;
}

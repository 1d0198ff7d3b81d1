// Replaces a document's text by a new version in one transaction, re-anchoring its passages (none is dropped).
import { reanchorPassages, type ReanchorReport } from '../../../shared/anchor';
import type { Block, GloseDocument } from '../../../shared/model';
import { db } from './database';

/** The metadata the user may have corrected; a new version keeps those corrections. */
const EDITABLE = ['title', 'kind', 'court', 'formation', 'date', 'caseNumber', 'ecli', 'decisionKind', 'publication', 'author', 'parties'] as const;

export interface VersionResult extends Omit<ReanchorReport, 'passages'> {
  document: GloseDocument;
}

/**
 * The existing document keeps its id, so its passages, links and place in the library stay;
 * its blocks are replaced by the new version's (DESIGN.md §3: a new version is a new set of
 * blocks, never an edit of the old ones). The old blocks are not kept: every passage carries
 * its own quote, and a drifted one its previous text, so nothing the user tagged is lost,
 * while keeping old block sets would make every reader and exporter choose a version.
 * Re-anchoring runs inside the transaction (pure computation, no await), so a passage tagged
 * meanwhile in another window cannot be missed.
 */
export async function replaceDocumentVersion(existingId: string, incoming: GloseDocument, incomingBlocks: readonly Block[], now: number): Promise<VersionResult> {
  return db.transaction('rw', db.documents, db.blocks, db.annotations, async () => {
    const existing = await db.documents.get(existingId);
    if (!existing) throw new Error(`Document ${existingId} is no longer in the library.`);
    const blocks = incomingBlocks.map((block) => ({ ...block, docId: existingId }));
    const passages = await db.annotations.where('docId').equals(existingId).toArray();
    const report = reanchorPassages(blocks, passages, now);

    const document: GloseDocument = {
      ...incoming,
      id: existingId,
      importedAt: existing.importedAt,
      version: (existing.version ?? 1) + 1,
    };
    // A new version of the text stays in the dossiers the document was filed in.
    if (existing.dossierIds !== undefined) document.dossierIds = existing.dossierIds;
    if (existing.metadataEditedAt !== undefined) {
      // The user's corrections win over what was detected in the new text.
      for (const key of EDITABLE) {
        if (existing[key] !== undefined) Object.assign(document, { [key]: existing[key] });
        else delete document[key];
      }
      document.metadataEditedAt = existing.metadataEditedAt;
    }

    await db.blocks.where('docId').equals(existingId).delete();
    await db.blocks.bulkAdd(blocks);
    await db.documents.put(document);
    await db.annotations.bulkPut(report.passages);
    return { document, anchored: report.anchored, drifted: report.drifted, orphan: report.orphan };
  });
}

/** Saves the user's corrections of the metadata form; `undefined` clears a field. */
export async function saveDocumentDetails(id: string, changes: Partial<Pick<GloseDocument, (typeof EDITABLE)[number]>>, now: number): Promise<void> {
  await db.transaction('rw', db.documents, async () => {
    const existing = await db.documents.get(id);
    if (!existing) throw new Error(`Document ${id} is no longer in the library.`);
    const next: GloseDocument = { ...existing, metadataEditedAt: now };
    for (const key of EDITABLE) {
      if (!(key in changes)) continue;
      const value = changes[key];
      if (value === undefined || value === '') delete next[key];
      else Object.assign(next, { [key]: value });
    }
    await db.documents.put(next);
  });
}

// What the reader needs to open a document, read at once in one transaction: a consistent snapshot, with no
// live-query bookkeeping (the live queries start once the text is drawn; see useReaderData).
// The read starts on the hash change that opens the document, before React renders the route: the database
// works while the page switches views, instead of after.
import type { Annotation, Block, GloseDocument, Tag } from '../../../shared/model';
import { parseRoute } from '../app/useRoute';
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
    // Passages first: the main thread unpacks 2,000 of them while the database is still reading the text.
    const [passages, blocks, document, tags] = await Promise.all([documentPassages(docId), documentBlocks(docId), db.documents.get(docId), db.tags.toArray()]);
    return { docId, document: document ?? null, blocks, passages, tags };
  });
}

/** The read started by the last hash change that opened a document, until its reader takes it. */
let preloaded: { docId: string; read: Promise<ReaderSnapshot> } | null = null;

const docIdOf = (url: string): string | null => {
  const route = parseRoute(new URL(url).hash);
  return route.view === 'reader' ? route.docId : null;
};

/** Starts reading a document about to open. A move within the open document (to a paragraph) reads nothing. */
export function preloadReaderSnapshot(docId: string | null, fromDocId: string | null = null): void {
  preloaded = docId && docId !== fromDocId ? { docId, read: readerSnapshot(docId) } : null;
  // A read nobody takes (the user navigated on at once) must not report an unhandled rejection.
  preloaded?.read.catch(() => undefined);
}

/** The snapshot for a reader that mounts: the preloaded read when it is this document's, else a fresh one. */
export function takeReaderSnapshot(docId: string): Promise<ReaderSnapshot> {
  const read = preloaded?.docId === docId ? preloaded.read : readerSnapshot(docId);
  preloaded = null;
  return read;
}

// Registered when the reader's code loads, before the router's own listener: the read starts first.
if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', (event) => preloadReaderSnapshot(docIdOf(event.newURL), docIdOf(event.oldURL)));
}

// What the reader needs to open a document, read at once in one transaction: a consistent snapshot, with no
// live-query bookkeeping (the live queries start once the text is drawn; see useReaderData).
// The read starts on the hash change that opens the document, before React renders the route: the database
// works while the page switches views, instead of after.
import type { Annotation, Block, GloseDocument, Tag } from '../../../shared/model';
import { parseRoute } from '../app/useRoute';
import { db } from '../db/database';

export interface ReaderSnapshot {
  docId: string;
  document: GloseDocument | null;
  blocks: Block[];
  passages: Annotation[];
  tags: Tag[];
}

/** The answer of one IndexedDB request. */
const answer = <T>(request: IDBRequest): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result as T);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB read failed'));
  });

/**
 * The four reads go straight to IndexedDB in one read-only transaction (the same rows and indexes Dexie reads),
 * and the snapshot is ready when the last request answers: Dexie's transaction would also wait for the commit,
 * one more round trip to the database process for a read that changed nothing.
 */
export async function readerSnapshot(docId: string): Promise<ReaderSnapshot> {
  if (!db.isOpen()) await db.open();
  const tx = db.backendDB().transaction(['annotations', 'blocks', 'documents', 'tags'], 'readonly');
  // Passages first: the main thread unpacks 2,000 of them while the database is still reading the text.
  const [passages, blocks, document, tags] = await Promise.all([
    answer<Annotation[]>(tx.objectStore('annotations').index('docId').getAll(IDBKeyRange.only(docId))),
    answer<Block[]>(tx.objectStore('blocks').index('[docId+order]').getAll(IDBKeyRange.bound([docId, -Infinity], [docId, Infinity]))),
    answer<GloseDocument | undefined>(tx.objectStore('documents').get(docId)),
    answer<Tag[]>(tx.objectStore('tags').getAll()),
  ]);
  return { docId, document: document ?? null, blocks, passages, tags };
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

// What the reader needs to open a document, read at once in one transaction: a consistent snapshot, with no
// live-query bookkeeping (the live queries start once the text is drawn; see useReaderData).
// The read starts on the hash change that opens the document, before React renders the route: the database
// works while the page switches views, instead of after.
import type { Annotation, Block, GloseDocument, Tag } from '../../../shared/model';
import { parseRoute } from '../app/useRoute';
import { db } from '../db/database';

/** The text part: enough to draw the document (its paragraphs, title, codebook), without its passages. */
export interface ReaderText {
  docId: string;
  document: GloseDocument | null;
  blocks: Block[];
  tags: Tag[];
}

/** The two parts of one read: the text answers first, the passages while the text is being drawn. */
export interface ReaderSnapshot {
  docId: string;
  text: Promise<ReaderText>;
  passages: Promise<Annotation[]>;
}

/** The answer of one IndexedDB request. */
const answer = <T>(request: IDBRequest): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result as T);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB read failed'));
  });

/**
 * The four reads go straight to IndexedDB in one read-only transaction (the same rows and indexes Dexie reads),
 * each part ready when its last request answers: Dexie's transaction would also wait for the commit, one more
 * round trip to the database process for a read that changed nothing.
 * IndexedDB answers a transaction's requests in the order they were made. The text comes first: the page draws
 * its 700 paragraphs while the database is still reading the 2,000 passages (the longer read, about twice the
 * text's), and the marks are added when they come. Read the other way round, the page waited idle for both.
 */
export function readerSnapshot(docId: string): ReaderSnapshot {
  const stores = (async () => {
    if (!db.isOpen()) await db.open();
    const tx = db.backendDB().transaction(['blocks', 'documents', 'tags', 'annotations'], 'readonly');
    return { tx, text: [
      answer<Block[]>(tx.objectStore('blocks').index('[docId+order]').getAll(IDBKeyRange.bound([docId, -Infinity], [docId, Infinity]))),
      answer<GloseDocument | undefined>(tx.objectStore('documents').get(docId)),
      answer<Tag[]>(tx.objectStore('tags').getAll()),
    ] as const, passages: answer<Annotation[]>(tx.objectStore('annotations').index('docId').getAll(IDBKeyRange.only(docId))) };
  })();
  const text = stores.then(async ({ text: [blocks, document, tags] }) => ({ docId, blocks: await blocks, document: (await document) ?? null, tags: await tags }));
  const passages = stores.then(({ passages: read }) => read);
  // A part nobody waits for (the reader closed before it came) must not report an unhandled rejection.
  text.catch(() => undefined);
  passages.catch(() => undefined);
  return { docId, text, passages };
}

/** The read started by the last hash change that opened a document, until its reader takes it. */
let preloaded: ReaderSnapshot | null = null;

const docIdOf = (url: string): string | null => {
  const route = parseRoute(new URL(url).hash);
  return route.view === 'reader' ? route.docId : null;
};

/** Starts reading a document about to open. A move within the open document (to a paragraph) reads nothing. */
export function preloadReaderSnapshot(docId: string | null, fromDocId: string | null = null): void {
  preloaded = docId && docId !== fromDocId ? readerSnapshot(docId) : null;
}

/** The snapshot for a reader that mounts: the preloaded read when it is this document's, else a fresh one. */
export function takeReaderSnapshot(docId: string): ReaderSnapshot {
  const read = preloaded?.docId === docId ? preloaded : readerSnapshot(docId);
  preloaded = null;
  return read;
}

// Registered when the reader's code loads, before the router's own listener: the read starts first.
if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', (event) => preloadReaderSnapshot(docIdOf(event.newURL), docIdOf(event.oldURL)));
}

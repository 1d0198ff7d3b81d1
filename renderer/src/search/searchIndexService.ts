// The library's search index in this window: loaded from IndexedDB in idle time after start-up (or at once by a search), kept current by Dexie hooks, rebuilt where missing or stale.
import type { Transaction } from 'dexie';
import { ANALYSIS_VERSION, LibraryIndex, documentStamp, unitsOfDocument, type StoredDocumentIndex } from '../../../shared/search';
import type { Annotation, Block, GloseDocument } from '../../../shared/model';
import { db } from '../db/database';
import { documentBlocks } from '../db/documents';

export type IndexStatus = { phase: 'idle' } | { phase: 'indexing'; done: number; total: number } | { phase: 'ready'; documents: number };

interface InMemory {
  units: number;
  indexedAt: number;
}

let index: LibraryIndex | null = null;
const indexed = new Map<string, InMemory>();
const dirty = new Set<string>();
let status: IndexStatus = { phase: 'idle' };
const listeners = new Set<(status: IndexStatus) => void>();
// One index operation at a time: a search waits for the update before it, never sees half a document.
let queue: Promise<unknown> = Promise.resolve();
// A search is waiting for the index: loading stops yielding to idle time and runs flat out (with short pauses to paint).
let urgent = false;
// Bumped when the index is dropped: a load started before (a restore meanwhile) keeps nothing of what it read.
let generation = 0;

function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

function setStatus(next: IndexStatus): void {
  status = next;
  listeners.forEach((listener) => listener(next));
}

export function indexStatus(): IndexStatus {
  return status;
}

export function onIndexStatus(listener: (status: IndexStatus) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The hook every write path reaches: the document's units are made again before the next search.
 * Called by the Dexie table hooks below, so imports, new versions, deletions and note edits need no call of their own.
 */
export function markDocumentChanged(docId: string): void {
  dirty.add(docId);
}

/** Drops the index held in memory (after a restore, say); the next search loads or rebuilds it. */
export function forgetSearchIndex(): void {
  generation += 1;
  index = null;
  indexed.clear();
  dirty.clear();
  setStatus({ phase: 'idle' });
}

/** The index, current with the library: loaded on first use, then brought up to date with what changed. */
export function readyIndex(): Promise<LibraryIndex> {
  urgent = true;
  return current();
}

/**
 * Loads the index in the window's idle time a moment after start-up, so that the first search of a session does not
 * wait for it; a search started meanwhile makes it finish at full speed. Returns a cancel for an unmounted caller.
 */
export function preloadSearchIndex(delayMs = 2000): () => void {
  let cancelled = false;
  const timer = setTimeout(() => {
    if (!cancelled && !index) void current().catch(() => undefined);
  }, delayMs);
  return () => {
    cancelled = true;
    clearTimeout(timer);
  };
}

function current(): Promise<LibraryIndex> {
  return serial(async () => {
    // A restore empties the stored index (DERIVED_TABLES) without going through the hooks.
    if (index && indexed.size > 0 && (await db.searchIndex.count()) === 0) forgetSearchIndex();
    if (!index) return load();
    if (dirty.size > 0) {
      const ids = [...dirty];
      dirty.clear();
      await reindex(index, ids, 0, ids.length);
    }
    return index;
  });
}

const PAGE = 20;
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
/** Work time between two yields: a frame's worth when a search waits, else what the idle period offers. */
const URGENT_SLICE_MS = 40;
const IDLE_SLICE_MS = 12;

/** Waits for the next idle period (or a plain turn where there is no idle callback, as in Node); returns its time budget. */
async function breathe(): Promise<number> {
  if (urgent || typeof requestIdleCallback !== 'function') {
    await pause();
    return urgent ? URGENT_SLICE_MS : IDLE_SLICE_MS;
  }
  const deadline = await new Promise<IdleDeadline>((resolve) => requestIdleCallback(resolve, { timeout: 1000 }));
  return urgent ? URGENT_SLICE_MS : Math.max(4, Math.min(IDLE_SLICE_MS, deadline.timeRemaining()));
}

async function load(): Promise<LibraryIndex> {
  const started = generation;
  const fresh = LibraryIndex.create();
  indexed.clear();
  dirty.clear();
  const documents = new Map((await db.documents.toArray()).map((doc) => [doc.id, doc]));
  const stale = new Set(documents.keys());
  const orphans: string[] = [];
  const total = documents.size;
  setStatus({ phase: 'indexing', done: 0, total });
  // Stored rows in pages, yielding within them so the window stays responsive on a large library.
  let last = '';
  let slice = await breathe();
  let sliceStart = performance.now();
  for (;;) {
    const rows: StoredDocumentIndex[] = await db.searchIndex.where('id').above(last).limit(PAGE).toArray();
    if (rows.length === 0 || generation !== started) break;
    for (const row of rows) {
      if (performance.now() - sliceStart > slice) {
        setStatus({ phase: 'indexing', done: indexed.size, total });
        slice = await breathe();
        sliceStart = performance.now();
      }
      const doc = documents.get(row.id);
      if (!doc) orphans.push(row.id);
      else if (row.analysis === ANALYSIS_VERSION && row.stamp === documentStamp(doc)) {
        fresh.add(row.units);
        indexed.set(row.id, { units: row.units.length, indexedAt: row.indexedAt });
        stale.delete(row.id);
      }
    }
    last = (rows[rows.length - 1] as StoredDocumentIndex).id;
  }
  // A restore dropped the index meanwhile: what was read is stale, so read again.
  if (generation !== started) return load();
  // Passages changed since their document was indexed (a note written in another window, a tag applied).
  const oldest = Math.min(...[...indexed.values()].map((entry) => entry.indexedAt));
  if (Number.isFinite(oldest)) {
    await db.annotations
      .where('updatedAt')
      .above(oldest)
      .each((passage) => {
        const entry = indexed.get(passage.docId);
        if (entry && passage.updatedAt >= entry.indexedAt) stale.add(passage.docId);
      });
  }
  if (orphans.length > 0) await db.searchIndex.bulkDelete(orphans);
  index = fresh;
  await reindex(fresh, [...stale], indexed.size - [...stale].filter((id) => indexed.has(id)).length, total);
  urgent = false;
  return fresh;
}

async function reindex(target: LibraryIndex, ids: readonly string[], doneBefore: number, total: number): Promise<void> {
  let done = doneBefore;
  let lastPause = performance.now();
  for (const id of ids) {
    const indexedAt = Date.now();
    const [doc, blocks, passages] = await db.transaction('r', db.documents, db.blocks, db.annotations, () =>
      Promise.all([db.documents.get(id), documentBlocks(id), db.annotations.where('docId').equals(id).toArray()]),
    );
    const previous = indexed.get(id);
    if (previous) target.removeDocument(id, previous.units);
    indexed.delete(id);
    if (!doc) {
      await db.searchIndex.delete(id);
      continue;
    }
    const units = unitsOfDocument(doc, blocks, passages);
    target.add(units);
    indexed.set(id, { units: units.length, indexedAt });
    await db.searchIndex.put({ id, stamp: documentStamp(doc), analysis: ANALYSIS_VERSION, indexedAt, units });
    done += 1;
    if (performance.now() - lastPause > 50) {
      setStatus({ phase: 'indexing', done, total });
      await pause();
      lastPause = performance.now();
    }
  }
  setStatus({ phase: 'ready', documents: indexed.size });
}

// Dexie table hooks: any write to a document, its blocks or its passages marks the document, once its transaction commits.
const pending = new WeakMap<Transaction, Set<string>>();
function changed(transaction: Transaction, docId: string | undefined): void {
  if (!docId) return;
  let ids = pending.get(transaction);
  if (!ids) {
    const set = new Set<string>();
    pending.set(transaction, set);
    transaction.on('complete', () => set.forEach(markDocumentChanged));
    ids = set;
  }
  ids.add(docId);
}

const onDocumentCreating = (_key: unknown, doc: GloseDocument, tx: Transaction) => changed(tx, doc.id);
const onDocumentUpdating = (_mods: object, key: unknown, _doc: GloseDocument, tx: Transaction) => changed(tx, String(key));
const onDocumentDeleting = (key: unknown, _doc: GloseDocument, tx: Transaction) => changed(tx, String(key));
const onBlockCreating = (_key: unknown, block: Block, tx: Transaction) => changed(tx, block.docId);
const onBlockDeleting = (_key: unknown, block: Block | undefined, tx: Transaction) => changed(tx, block?.docId);
const onPassageCreating = (_key: unknown, passage: Annotation, tx: Transaction) => changed(tx, passage.docId);
const onPassageUpdating = (_mods: object, _key: unknown, passage: Annotation, tx: Transaction) => changed(tx, passage.docId);
const onPassageDeleting = (_key: unknown, passage: Annotation | undefined, tx: Transaction) => changed(tx, passage?.docId);

function watchWrites(on: boolean): void {
  const verb = on ? 'subscribe' : 'unsubscribe';
  db.documents.hook('creating')[verb](onDocumentCreating);
  db.documents.hook('updating')[verb](onDocumentUpdating);
  db.documents.hook('deleting')[verb](onDocumentDeleting);
  db.blocks.hook('creating')[verb](onBlockCreating);
  db.blocks.hook('deleting')[verb](onBlockDeleting);
  db.annotations.hook('creating')[verb](onPassageCreating);
  db.annotations.hook('updating')[verb](onPassageUpdating);
  db.annotations.hook('deleting')[verb](onPassageDeleting);
}
watchWrites(true);

/**
 * A restore rewrites whole tables and empties the index, which is then rebuilt from scratch: watching its writes row
 * by row would only slow it (Dexie reads every row a deleting or updating hook must see). Returns the resume.
 */
export function pauseSearchIndexUpdates(): () => void {
  watchWrites(false);
  return () => {
    watchWrites(true);
    forgetSearchIndex();
  };
}

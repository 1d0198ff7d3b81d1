// Reads the passages of a tag and its sub-tags for the argument view: the count and the first screen at once, every passage after.
import type { Annotation, GloseDocument } from '../../../shared/model';
import { byPosition, compareArgumentDocuments, documentMatches, firstPassages, passageMatches, type ArgumentFilter, type ArgumentGroup } from '../../../shared/search';
import { db } from '../db/database';

/** Passages the first screen shows (a tall window holds about fifteen). */
export const FIRST_SCREEN = 40;
/** Documents whose passages are read together while looking for the first screen. */
const WALK_BATCH = 8;
/** Below this many passages, reading them all is as quick as walking the documents for the first few. */
const DIRECT_READ = 1500;
/** Passages read at most while walking: a filter that leaves few matches waits for the full read instead. */
const WALK_LIMIT = 3000;

/**
 * Every passage carrying one of the tags, once. One key range per tag on the multi-entry index rather than
 * `anyOf(...).distinct()`, whose cursor jumps some IndexedDB implementations walk slowly (see the search bench).
 */
export async function passagesOfTags(tagIds: readonly string[]): Promise<Annotation[]> {
  const lists = await Promise.all(tagIds.map((id) => db.annotations.where('tagIds').equals(id).toArray()));
  if (lists.length === 1) return lists[0] as Annotation[];
  const byId = new Map<string, Annotation>();
  for (const list of lists) for (const passage of list) byId.set(passage.id, passage);
  return [...byId.values()];
}

/**
 * How many passages carry one of the tags, from the index's keys alone (no passage is read). Straight on IndexedDB's
 * `getAllKeys`: Dexie's `primaryKeys()` on a multi-entry index took three to five times as long in Chromium.
 */
export async function countPassagesOfTags(tagIds: readonly string[]): Promise<number> {
  const index = tagIndex();
  const lists = await Promise.all(
    tagIds.map(
      (id) =>
        new Promise<IDBValidKey[]>((resolve, reject) => {
          const request = index.getAllKeys(id);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        }),
    ),
  );
  return lists.length === 1 ? (lists[0] as IDBValidKey[]).length : new Set(lists.flat().map(String)).size;
}

function tagIndex(): IDBIndex {
  return db.backendDB().transaction('annotations', 'readonly').objectStore('annotations').index('tagIds');
}

/** At least as many as carry one of the tags (a passage with two of them counts twice): IndexedDB counts without reading keys. */
async function upperCount(tagIds: readonly string[]): Promise<number> {
  const index = tagIndex();
  const counts = await Promise.all(
    tagIds.map(
      (id) =>
        new Promise<number>((resolve, reject) => {
          const request = index.count(id);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        }),
    ),
  );
  return counts.reduce((sum, n) => sum + n, 0);
}

export interface FirstArguments {
  /** Passages of the tags in the whole library, before filters. */
  count: number;
  /** Paragraph numbers of the blocks the first groups' passages start in. */
  numbers: Map<string, string>;
  /** The first groups of the list, in its order, holding at least FIRST_SCREEN passages when there are that many; null when not found quickly. */
  groups: ArgumentGroup[] | null;
}

/**
 * The count and the first screen of the list, without reading every passage: the documents are walked in the list's
 * order (most recent first) and only their passages are read, until the screen is full. Exact: each group holds all of
 * its document's matching passages, and no document before the last one shown is skipped.
 */
export async function firstArguments(tagIds: readonly string[], filter: ArgumentFilter, documents?: readonly GloseDocument[]): Promise<FirstArguments> {
  // The exact count reads the keys; it runs while the documents are walked, which need only an upper bound.
  const exact = countPassagesOfTags(tagIds);
  exact.catch(() => undefined); // awaited below on every path but the empty one
  const [upper, docs] = await Promise.all([upperCount(tagIds), documents ?? db.documents.toArray()]);
  if (upper === 0) return { count: 0, groups: [], numbers: new Map() };
  const wanted = new Set(tagIds);
  const keep = (passage: Annotation) => passage.tagIds.some((id) => wanted.has(id)) && passageMatches(passage, filter);
  if (upper <= DIRECT_READ) {
    const byDoc = new Map(docs.map((doc) => [doc.id, doc]));
    const groups = new Map<string, ArgumentGroup>();
    for (const passage of await passagesOfTags(tagIds)) {
      const document = byDoc.get(passage.docId);
      if (!document || !documentMatches(document, filter) || !passageMatches(passage, filter)) continue;
      const group = groups.get(document.id);
      if (group) group.passages.push(passage);
      else groups.set(document.id, { document, passages: [passage] });
    }
    return finish(exact, [...groups.values()].sort((a, b) => compareArgumentDocuments(a.document, b.document)));
  }
  const order = docs.filter((doc) => documentMatches(doc, filter)).sort(compareArgumentDocuments);
  const groups: ArgumentGroup[] = [];
  let found = 0;
  let read = 0;
  for (let i = 0; i < order.length && found < FIRST_SCREEN; i += WALK_BATCH) {
    if (read > WALK_LIMIT) return { count: await exact, groups: null, numbers: new Map() };
    const batch = order.slice(i, i + WALK_BATCH);
    const lists = await Promise.all(batch.map((doc) => db.annotations.where('docId').equals(doc.id).toArray()));
    batch.forEach((document, j) => {
      const list = lists[j] as Annotation[];
      read += list.length;
      // Whole documents only, so a group never shows part of its passages; the batch's later documents wait their turn.
      if (found >= FIRST_SCREEN) return;
      const passages = list.filter(keep);
      if (passages.length === 0) return;
      groups.push({ document, passages });
      found += passages.length;
    });
  }
  return finish(exact, groups);
}

/** Sorts each group's passages and reads the paragraph numbers of the first screen, so that it is drawn whole at once. */
async function finish(exact: Promise<number>, groups: ArgumentGroup[]): Promise<FirstArguments> {
  for (const group of groups) group.passages.sort(byPosition);
  const [count, numbers] = await Promise.all([exact, blockNumbers(firstPassages(groups, FIRST_SCREEN * 3).flatMap((g) => g.passages.map((p) => p.anchor.start.blockId)))]);
  return { count, groups, numbers };
}

/** Paragraph numbers of the blocks the shown passages start in, by block id. */
export async function blockNumbers(blockIds: readonly string[]): Promise<Map<string, string>> {
  const blocks = await db.blocks.bulkGet([...new Set(blockIds)]);
  return new Map(blocks.flatMap((b) => (b?.number ? [[b.id, b.number] as const] : [])));
}

// Reads what the argument view draws: the stored passages of the tags, and the paragraph numbers of those on screen.
import type { Annotation } from '../../../shared/model';
import { db } from '../db/database';

/**
 * Every passage carrying one of the tags, once, as stored rows. One key range per tag on the multi-entry index rather than
 * `anyOf(...).distinct()`, whose cursor jumps some IndexedDB implementations walk slowly (see the search bench).
 */
export async function passagesOfTags(tagIds: readonly string[]): Promise<Annotation[]> {
  const lists = await Promise.all(tagIds.map((id) => db.annotations.where('tagIds').equals(id).toArray()));
  if (lists.length === 1) return lists[0] as Annotation[];
  const byId = new Map<string, Annotation>();
  for (const list of lists) for (const passage of list) byId.set(passage.id, passage);
  return [...byId.values()];
}

/** Paragraph numbers of the blocks the shown passages start in, by block id. */
export async function blockNumbers(blockIds: readonly string[]): Promise<Map<string, string>> {
  const blocks = await db.blocks.bulkGet([...new Set(blockIds)]);
  return new Map(blocks.flatMap((b) => (b?.number ? [[b.id, b.number] as const] : [])));
}

export interface ShownPassages {
  /** The stored passages drawn, by id (a passage deleted meanwhile is absent). */
  passages: Map<string, Annotation>;
  /** Paragraph numbers of the blocks they start in, by block id. */
  numbers: Map<string, string>;
}

/**
 * The quotes and paragraph numbers of the passages on screen: read for a hundred at a time, never for the whole list.
 * The blocks they start in come with the tag lists, so both reads go at once.
 */
export async function shownPassages(shown: ReadonlyArray<{ id: string; blockId: string }>): Promise<ShownPassages> {
  const [rows, numbers] = await Promise.all([db.annotations.bulkGet(shown.map((p) => p.id)), blockNumbers(shown.map((p) => p.blockId))]);
  return { passages: new Map(rows.flatMap((p) => (p ? [[p.id, p] as const] : []))), numbers };
}

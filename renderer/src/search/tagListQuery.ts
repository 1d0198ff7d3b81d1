// Reads the stored passage lists of a tag and its sub-tags (one record per tag), and builds those not made yet.
import { passagesOfLists, tagListOf, type ListedPassage } from '../../../shared/search';
import { db } from '../db/database';

/**
 * Every passage of the tags, each once, from their lists; null when a list is missing (a tag never listed since an
 * upgrade or a restore) or does not hold as many passages as the index says carry its tag (rows written around Dexie):
 * the caller then has them built. The index counts cost a few milliseconds and keep a stale list from ever being shown.
 */
export async function readTagLists(tagIds: readonly string[]): Promise<ListedPassage[] | null> {
  const [lists, counts] = await Promise.all([db.tagLists.bulkGet([...tagIds]), Promise.all(tagIds.map((id) => db.annotations.where('tagIds').equals(id).count()))]);
  if (lists.some((list, i) => !list || list.ids.length !== counts[i])) return null;
  return passagesOfLists(lists.flatMap((list) => (list ? [list] : [])));
}

/** Builds the tags' lists from the passages, in one transaction so that no write slips in between the read and the list. */
export function buildTagLists(tagIds: readonly string[]): Promise<void> {
  return db.transaction('rw', db.annotations, db.tagLists, async () => {
    const lists = await Promise.all(tagIds.map(async (id) => tagListOf(id, await db.annotations.where('tagIds').equals(id).toArray())));
    await db.tagLists.bulkPut(lists);
  });
}

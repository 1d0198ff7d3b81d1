// The argument list of one tag and its sub-tags: read from the tags' stored lists, filtered, grouped, its first page's quotes read, kept live.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import type { GloseDocument, Tag } from '../../../shared/model';
import { firstPassages, groupListed, tagAndDescendants, type ArgumentFilter, type ArgumentGroup, type ListedPassage } from '../../../shared/search';
import { db } from '../db/database';
import { shownPassages, type ShownPassages } from './argumentQuery';
import { buildTagLists, readTagLists } from './tagListQuery';

export interface ArgumentList {
  /** Every passage of the tags that passes the filter, grouped by document in the list's order. */
  groups: ArgumentGroup<ListedPassage>[];
  /** The same passages' ids, in that order (the count, the export). */
  passageIds: string[];
  /** The first `limit` of them, as groups, with their quotes and paragraph numbers. */
  shown: ArgumentGroup<ListedPassage>[];
  details: ShownPassages;
}

/**
 * The list, or undefined while it is read. One live query does it all, so the count and the first page are drawn in
 * one render: each stage of its own would wait for its own render and effect. A tagging, a merge or a deletion rewrites
 * the lists in its own transaction, and the query runs again; documents and filter changes run it again too.
 */
export function useArgumentList(tagId: string | undefined, tags: readonly Tag[], documents: ReadonlyMap<string, GloseDocument> | undefined, filter: ArgumentFilter, limit: number): ArgumentList | undefined {
  const tagIds = useMemo(() => (tagId ? tagAndDescendants(tags, tagId) : []), [tagId, tags]);
  const key = tagIds.join('\n');
  const read = useLiveQuery(async () => {
    if (tagIds.length === 0 || !documents) return { key, list: undefined };
    const listed = await readTagLists(tagIds);
    if (!listed) return { key, list: null };
    const groups = groupListed(listed, documents, filter);
    const shown = firstPassages(groups, limit);
    const details = await shownPassages(shown.flatMap((g) => g.passages));
    return { key, list: { groups, passageIds: groups.flatMap((g) => g.passages.map((p) => p.id)), shown, details } };
  }, [key, documents, filter, limit]);
  // Another tag's list (kept by the hook while this one is read) is never shown; the same tag's, with an older filter or page, is.
  const list = read?.key === key ? read.list : undefined;
  const missing = list === null;
  const [failure, setFailure] = useState<{ error: unknown }>();
  useEffect(() => {
    // A list not built yet (first use since an upgrade or a restore) is built once; the live query then reads it.
    if (missing) buildTagLists(tagIds).catch((error: unknown) => setFailure({ error }));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for the tag ids' content
  }, [missing, key]);
  // Shown by the error boundary, as a failed live query would be.
  if (failure) throw failure.error;
  return list ?? undefined;
}

/** Every document in the library, for the court filter (courts present in the whole library, not only in this tag). */
export function useAllDocuments(): GloseDocument[] | undefined {
  return useLiveQuery(() => db.documents.toArray(), []);
}

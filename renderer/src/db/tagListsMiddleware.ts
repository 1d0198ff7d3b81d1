// Keeps each tag's passage list (the derived `tagLists` table) exact, in the very transaction that writes the passages.
import type { DBCore, DBCoreKeyRange, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreRangeType, DBCoreTable, Middleware } from 'dexie';
import type { Annotation } from '../../../shared/model';
import { concernsLists, tagsOf, updateTagList, type PassageChange, type TagPassageList } from '../../../shared/search/tagLists';

export const TAG_LISTS = 'tagLists';
const PASSAGES = 'annotations';
const EVERY_KEY: DBCoreKeyRange = { type: 3 as DBCoreRangeType, lower: undefined, upper: undefined };

/**
 * A Dexie DBCore middleware rather than table hooks: hooks cannot write to a table outside the caller's transaction,
 * and a list updated after the commit would be wrong after a crash in between. Every read-write transaction on the
 * passages is widened to the lists, so a tagging, a merge, a deletion or an undo changes both or neither.
 */
export const tagListsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'TagLists',
  create: (down) => ({
    transaction(stores, mode, options) {
      const widen = mode === 'readwrite' && stores.includes(PASSAGES) && !stores.includes(TAG_LISTS) && down.schema.tables.some((t) => t.name === TAG_LISTS);
      return down.transaction(widen ? [...stores, TAG_LISTS] : stores, mode, options);
    },
    table(name) {
      const table = down.table(name);
      return name === PASSAGES ? { ...table, mutate: (req: DBCoreMutateRequest) => mutateKeepingLists(down, table, req) } : table;
    },
  }),
};

async function mutateKeepingLists(down: DBCore, passages: DBCoreTable, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
  // An upgrade from a version without the lists runs in a transaction that has no such store.
  if (!(req.trans as unknown as IDBTransaction).objectStoreNames.contains(TAG_LISTS)) return passages.mutate(req);
  const lists = down.table(TAG_LISTS);
  // No list built yet (a new library, or just after a restore, which empties them): nothing to keep, no row to read.
  if ((await lists.count({ trans: req.trans, query: { index: lists.schema.primaryKey, range: EVERY_KEY } })) === 0) return passages.mutate(req);
  const before = await rowsBefore(passages, req);
  const response = await passages.mutate(req);
  const changes = changesOf(req, before, response).filter(concernsLists);
  const tagIds = [...new Set(changes.flatMap((c) => [...(c.before ? tagsOf(c.before) : []), ...(c.after ? tagsOf(c.after) : [])]))].filter((id) => typeof id === 'string');
  if (tagIds.length === 0) return response;
  const stored = (await lists.getMany({ trans: req.trans, keys: tagIds })) as Array<TagPassageList | undefined>;
  // A tag without a list yet gets one when it is first listed, built from the passages then.
  const updated = stored.flatMap((list) => (list ? [updateTagList(list, changes)].filter((next) => next !== list) : []));
  if (updated.length > 0) await lists.mutate({ trans: req.trans, type: 'put', values: updated });
  return response;
}

/** The rows a write replaces or deletes, as they were. */
async function rowsBefore(passages: DBCoreTable, req: DBCoreMutateRequest): Promise<Array<Annotation | undefined>> {
  switch (req.type) {
    case 'add':
      return [];
    case 'put':
      return passages.getMany({ trans: req.trans, keys: req.keys ?? req.values.map((value: Annotation) => value.id) });
    case 'delete':
      return passages.getMany({ trans: req.trans, keys: req.keys });
    case 'deleteRange':
      return (await passages.query({ trans: req.trans, query: { index: passages.schema.primaryKey, range: req.range }, values: true })).result;
  }
}

/** What the write did, row by row; a row the table refused (a failed add) changed nothing. */
function changesOf(req: DBCoreMutateRequest, before: Array<Annotation | undefined>, response: DBCoreMutateResponse): PassageChange[] {
  const changes: PassageChange[] = [];
  if (req.type === 'add' || req.type === 'put') {
    req.values.forEach((after: Annotation, i) => {
      if (response.failures[i]) return;
      const old = before[i];
      changes.push(old ? { before: old, after } : { after });
    });
  } else {
    for (const old of before) if (old) changes.push({ before: old });
  }
  return changes;
}

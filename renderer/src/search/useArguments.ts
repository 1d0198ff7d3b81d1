// The passages of one tag and its sub-tags across the library, through the multi-entry index `*tagIds`, with their documents and paragraph numbers.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Annotation, GloseDocument } from '../../../shared/model';
import { tagAndDescendants } from '../../../shared/search';
import type { Tag } from '../../../shared/model';
import { db } from '../db/database';

export interface ArgumentData {
  passages: Annotation[];
  documents: Map<string, GloseDocument>;
  /** Paragraph number of each passage's first block, by block id. */
  numbers: Map<string, string>;
}

export function useArguments(tagId: string | undefined, tags: readonly Tag[]): ArgumentData | undefined {
  return useLiveQuery(async () => {
    if (!tagId) return { passages: [], documents: new Map(), numbers: new Map() };
    const ids = tagAndDescendants(tags, tagId);
    const passages = await passagesOfTags(ids);
    const docIds = [...new Set(passages.map((p) => p.docId))];
    const [docs, blocks] = await Promise.all([db.documents.bulkGet(docIds), db.blocks.bulkGet([...new Set(passages.map((p) => p.anchor.start.blockId))])]);
    const documents = new Map(docs.flatMap((d) => (d ? [[d.id, d] as const] : [])));
    const numbers = new Map(blocks.flatMap((b) => (b?.number ? [[b.id, b.number] as const] : [])));
    return { passages, documents, numbers };
  }, [tagId, tags]);
}

/** Every document in the library, for the court filter (courts present in the whole library, not only in this tag). */
export function useAllDocuments(): GloseDocument[] | undefined {
  return useLiveQuery(() => db.documents.toArray(), []);
}

/**
 * Every passage carrying one of the tags, once. One key range per tag on the multi-entry index rather than
 * `anyOf(...).distinct()`, whose cursor jumps some IndexedDB implementations walk slowly (see the search bench).
 */
export async function passagesOfTags(tagIds: readonly string[]): Promise<Annotation[]> {
  const lists = await Promise.all(tagIds.map((id) => db.annotations.where('tagIds').equals(id).toArray()));
  const byId = new Map<string, Annotation>();
  for (const list of lists) for (const passage of list) byId.set(passage.id, passage);
  return [...byId.values()];
}

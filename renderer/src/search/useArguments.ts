// The passages of one tag and its sub-tags across the library for the argument view: the count and first screen at once, then every passage, kept live.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { Annotation, GloseDocument, Tag } from '../../../shared/model';
import { tagAndDescendants, type ArgumentFilter, type ArgumentGroup } from '../../../shared/search';
import { db } from '../db/database';
import { blockNumbers, firstArguments, passagesOfTags, type FirstArguments } from './argumentQuery';

export { passagesOfTags } from './argumentQuery';

export interface ArgumentData {
  passages: Annotation[];
  documents: Map<string, GloseDocument>;
}

export interface ArgumentsState {
  /** Every passage of the tags with their documents, once read (and kept current). */
  complete?: ArgumentData;
  /** Until then: the count and the first groups of the list (for the filter as it was when asked). */
  first?: FirstArguments;
}

export function useArguments(tagId: string | undefined, tags: readonly Tag[], filter: ArgumentFilter): ArgumentsState {
  const complete = useLiveQuery(async () => {
    if (!tagId) return { tagId, data: { passages: [], documents: new Map<string, GloseDocument>() } };
    const passages = await passagesOfTags(tagAndDescendants(tags, tagId));
    const docs = await db.documents.bulkGet([...new Set(passages.map((p) => p.docId))]);
    return { tagId, data: { passages, documents: new Map(docs.flatMap((d) => (d ? [[d.id, d] as const] : []))) } };
  }, [tagId, tags]);
  const ready = complete !== undefined && complete.tagId === tagId;
  const [first, setFirst] = useState<{ tagId: string; first: FirstArguments }>();
  useEffect(() => {
    if (!tagId || ready) return;
    let live = true;
    firstArguments(tagAndDescendants(tags, tagId), filter).then(
      (found) => live && setFirst({ tagId, first: found }),
      () => undefined, // the full read reports the same failure
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the filter is read once per tag: later changes apply to the full list, on its way
  }, [tagId, tags, ready]);
  if (ready) return { complete: complete.data };
  return first && first.tagId === tagId ? { first: first.first } : {};
}

/** Paragraph numbers of the passages drawn, by block id: read for what is on screen, not for the whole list. */
export function useBlockNumbers(groups: readonly ArgumentGroup[]): Map<string, string> | undefined {
  const ids = groups.flatMap((g) => g.passages.map((p) => p.anchor.start.blockId));
  const key = ids.join('\n');
  // `key` stands for the ids' content: the numbers are read again only when other passages are drawn.
  return useLiveQuery(() => blockNumbers(ids), [key]);
}

/** Every document in the library, for the court filter (courts present in the whole library, not only in this tag). */
export function useAllDocuments(): GloseDocument[] | undefined {
  return useLiveQuery(() => db.documents.toArray(), []);
}

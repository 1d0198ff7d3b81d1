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

export function useArguments(tagId: string | undefined, tags: readonly Tag[], filter: ArgumentFilter, documents?: readonly GloseDocument[]): ArgumentsState {
  const [first, setFirst] = useState<{ tagId: string; first: FirstArguments }>();
  // The full read starts once the first screen is painted: run together, its thousands of rows would delay that screen.
  const [painted, setPainted] = useState<string>();
  const firstTag = first?.tagId;
  useEffect(() => {
    if (!firstTag) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setPainted(firstTag), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [firstTag]);
  const gate = painted === tagId && firstTag === tagId ? tagId : undefined;
  const complete = useLiveQuery(async () => {
    if (!tagId) return { tagId, data: { passages: [], documents: new Map<string, GloseDocument>() } };
    if (gate !== tagId) return undefined;
    const passages = await passagesOfTags(tagAndDescendants(tags, tagId));
    const docs = await db.documents.bulkGet([...new Set(passages.map((p) => p.docId))]);
    return { tagId, data: { passages, documents: new Map(docs.flatMap((d) => (d ? [[d.id, d] as const] : []))) } };
  }, [tagId, tags, gate]);
  const ready = complete !== undefined && complete.tagId === tagId;
  useEffect(() => {
    if (!tagId || ready) return;
    let live = true;
    firstArguments(tagAndDescendants(tags, tagId), filter, documents).then(
      (found) => live && setFirst({ tagId, first: found }),
      // The full read then reports the failure, if it fails too.
      () => live && setFirst({ tagId, first: { count: 0, groups: null, numbers: new Map() } }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the filter and documents are read once per tag: later changes apply to the full list, on its way
  }, [tagId, tags, ready]);
  // Coming back to a tag later must not show a first screen read back then.
  useEffect(() => () => setFirst(undefined), [tagId]);
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

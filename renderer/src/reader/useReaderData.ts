// Loads what the reader shows: the document, its blocks (once: they never change), its passages and the codebook.
// Opening reads all four in one transaction and draws them; the live queries that keep them current start once
// the text is on screen, so that opening a long ruling does not pay for them (nor draw its 2,000 passages twice).
import { useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Annotation, Block, GloseDocument, Tag } from '../../../shared/model';
import type { TextIndex } from '../../../shared/anchor';
import type { PassageSpan } from '../../../shared/anchor/passageFragments';
import { codebookTree } from '../../../shared/codebook/tree';
import { db } from '../db/database';
import { documentPassages } from '../db/annotations';
import { takeReaderSnapshot, type ReaderSnapshot } from './readerSnapshot';
import { sameDocument, samePassages, sameTags } from './sameRows';
import { usePassageSpans } from './usePassageSpans';
import { passageColours } from './passageColours';
import { usePendingPassages } from './usePendingPassages';
import { useAfterPaint } from './useAfterPaint';

export interface ReaderData {
  document: GloseDocument | null | undefined;
  blocks: Block[] | undefined;
  passages: Annotation[];
  tags: Tag[];
  spans: PassageSpan[];
  colours: Map<string, string[]>;
  /** The document's text, indexed once: for anchoring new passages. */
  index: TextIndex | null;
  /** Shows passages about to be written, before the database answers; `discard` takes them back if the write fails. */
  preview: (rows: readonly Annotation[]) => void;
  settle: (ids: readonly string[]) => void;
  discard: (ids: readonly string[]) => void;
}

/** The live answer, or the snapshot while the live query has not answered or answers the same rows. */
function useLatest<T>(live: T | undefined, snapshot: T | undefined, same: (a: T, b: T) => boolean): T | undefined {
  return useMemo(() => (live === undefined || (snapshot !== undefined && same(live, snapshot)) ? snapshot : live), [live, snapshot, same]);
}

export function useReaderData(docId: string): ReaderData {
  const [snapshot, setSnapshot] = useState<ReaderSnapshot | null>(null);
  useEffect(() => {
    let current = true;
    // Rendered, committed and drawn in the task that receives the rows, rather than in a later scheduler task.
    void takeReaderSnapshot(docId).then((read) => current && flushSync(() => setSnapshot(read)));
    return () => {
      current = false;
    };
  }, [docId]);
  const loaded = snapshot?.docId === docId ? snapshot : null;

  const live = useAfterPaint(loaded !== null, docId);
  const liveDocument = useLiveQuery(async () => (live ? ((await db.documents.get(docId)) ?? null) : undefined), [docId, live]);
  const livePassages = useLiveQuery(() => (live ? documentPassages(docId) : undefined), [docId, live]);
  const liveTags = useLiveQuery(async () => (live ? db.tags.toArray() : undefined), [live]);

  const document = useLatest(liveDocument, loaded?.document, sameDocument);
  const stored = useLatest(livePassages, loaded?.passages, samePassages);
  const tagRows = useLatest(liveTags, loaded?.tags, sameTags);
  const blocks = loaded?.blocks;

  const { passages, preview, settle, discard } = usePendingPassages(stored);
  const tags = useMemo(() => codebookTree(tagRows ?? []).map((node) => node.tag), [tagRows]);
  const { index, spans } = usePassageSpans(blocks, passages);

  const colours = useMemo(() => passageColours(passages ?? [], tags), [passages, tags]);

  // The text, its passages and the codebook arrive together: drawn before them, every paragraph would be drawn
  // twice on opening (bare, then with its marks) and every mark painted twice.
  return { document, blocks, passages: passages ?? [], tags, spans, colours, index, preview, settle, discard };
}

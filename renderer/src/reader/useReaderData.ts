// Loads what the reader shows: the document, its blocks (once: they never change), its passages and the codebook (live).
import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Annotation, Block, GloseDocument, Tag } from '../../../shared/model';
import type { TextIndex } from '../../../shared/anchor';
import type { PassageSpan } from '../../../shared/anchor/passageFragments';
import { codebookTree } from '../../../shared/codebook/tree';
import { db } from '../db/database';
import { documentBlocks } from '../db/documents';
import { documentPassages } from '../db/annotations';
import { usePassageSpans } from './usePassageSpans';
import { usePendingPassages } from './usePendingPassages';

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

export function useReaderData(docId: string): ReaderData {
  const document = useLiveQuery(async () => (await db.documents.get(docId)) ?? null, [docId]);
  const [blocks, setBlocks] = useState<Block[] | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void documentBlocks(docId).then((rows) => live && setBlocks(rows));
    return () => {
      live = false;
    };
  }, [docId]);
  const stored = useLiveQuery(() => documentPassages(docId), [docId]);
  const { passages, preview, settle, discard } = usePendingPassages(stored);
  const tagRows = useLiveQuery(() => db.tags.toArray(), []);
  const tags = useMemo(() => codebookTree(tagRows ?? []).map((node) => node.tag), [tagRows]);

  const { index, spans } = usePassageSpans(blocks, passages);

  const colours = useMemo(() => {
    const byId = new Map(tags.map((tag) => [tag.id, tag] as const));
    const map = new Map<string, string[]>();
    for (const passage of passages ?? []) {
      const ordered = passage.tagIds
        .map((id) => byId.get(id))
        .filter((tag): tag is Tag => tag !== undefined)
        .sort((a, b) => a.order - b.order);
      map.set(passage.id, ordered.map((tag) => tag.color));
    }
    return map;
  }, [passages, tags]);

  // The text is handed over only with its passages and the codebook: drawn before them, every paragraph
  // would be drawn twice on opening (bare, then with its marks) and every mark painted twice.
  const ready = stored !== undefined && tagRows !== undefined;
  return { document, blocks: ready ? blocks : undefined, passages: passages ?? [], tags, spans, colours, index, preview, settle, discard };
}

// Loads what a comparison needs: both documents, their blocks (fixed while compared), their passages and the codebook (live).
import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { codebookTree } from '../../../shared/codebook/tree';
import { sortedBlocks } from '../../../shared/anchor';
import type { Annotation, Block, GloseDocument, Tag } from '../../../shared/model';
import { db } from '../db/database';
import { documentPassages } from '../db/annotations';
import { documentBlocks } from '../db/documents';

export interface Side {
  /** undefined while loading, null when the document is not in the library. */
  document: GloseDocument | null | undefined;
  blocks: readonly Block[] | undefined;
  passages: readonly Annotation[];
}

const NONE: readonly Annotation[] = [];

function useSide(docId: string): Side {
  const document = useLiveQuery(async () => (await db.documents.get(docId)) ?? null, [docId]);
  // Blocks change only when a new version replaces the text; the comparison reruns then, and only then.
  const version = document ? `${document.contentHash}:${document.version ?? 1}` : null;
  const [blocks, setBlocks] = useState<{ key: string; blocks: readonly Block[] } | undefined>(undefined);
  useEffect(() => {
    if (!version) return;
    let live = true;
    void documentBlocks(docId).then((rows) => {
      if (live) setBlocks({ key: `${docId}:${version}`, blocks: sortedBlocks(rows) });
    });
    return () => {
      live = false;
    };
  }, [docId, version]);
  const passages = useLiveQuery(() => documentPassages(docId), [docId]);
  const current = blocks && blocks.key === `${docId}:${version}` ? blocks.blocks : undefined;
  return { document, blocks: current, passages: passages ?? NONE };
}

export function useCompareData(idA: string, idB: string): { a: Side; b: Side; tags: readonly Tag[] } {
  const a = useSide(idA);
  const b = useSide(idB);
  const tagRows = useLiveQuery(() => db.tags.toArray(), []);
  const tags = useMemo(() => codebookTree(tagRows ?? []).map((node) => node.tag), [tagRows]);
  return { a, b, tags };
}

// Loads what the reader shows: the document, its blocks (once: they never change), its passages and the codebook (live).
import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Annotation, Block, GloseDocument, Tag } from '../../../shared/model';
import { resolveAnchors } from '../../../shared/anchor';
import type { PassageSpan } from '../../../shared/anchor/passageFragments';
import { codebookTree } from '../../../shared/codebook/tree';
import { db } from '../db/database';
import { documentBlocks } from '../db/documents';
import { documentPassages } from '../db/annotations';

export interface ReaderData {
  document: GloseDocument | null | undefined;
  blocks: Block[] | undefined;
  passages: Annotation[];
  tags: Tag[];
  spans: PassageSpan[];
  colours: Map<string, string[]>;
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
  const passages = useLiveQuery(() => documentPassages(docId), [docId]);
  const tagRows = useLiveQuery(() => db.tags.toArray(), []);
  const tags = useMemo(() => codebookTree(tagRows ?? []).map((node) => node.tag), [tagRows]);

  const spans = useMemo<PassageSpan[]>(() => {
    if (!blocks || !passages) return [];
    const resolved = resolveAnchors(blocks, passages.map((p) => p.anchor));
    return passages.flatMap((passage, i) => {
      const r = resolved[i];
      return r && r.status !== 'orphan' ? [{ id: passage.id, start: r.start, end: r.end }] : [];
    });
  }, [blocks, passages]);

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

  return { document, blocks, passages: passages ?? [], tags, spans, colours };
}

// The live codebook: tags in tree order with their depth, and how many passages carry each tag.
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { codebookTree } from '../../../shared/codebook/tree';
import type { Tag } from '../../../shared/model';
import { db } from '../db/database';

export function useCodebook(): { tags: Tag[]; tree: Array<{ tag: Tag; depth: number }>; usage: Map<string, number>; loaded: boolean } {
  const rows = useLiveQuery(() => db.tags.toArray(), []);
  const usage = useLiveQuery(async () => {
    const counts = new Map<string, number>();
    await db.annotations.each((a) => a.tagIds.forEach((id) => counts.set(id, (counts.get(id) ?? 0) + 1)));
    return counts;
  }, []);
  const tree = useMemo(() => codebookTree(rows ?? []), [rows]);
  const tags = useMemo(() => tree.map((node) => node.tag), [tree]);
  return { tags, tree, usage: usage ?? new Map(), loaded: rows !== undefined };
}

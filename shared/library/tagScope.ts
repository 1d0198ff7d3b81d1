// A tag filter covers the tag and every tag below it in the codebook, as the reader expects from a parent heading.
import type { Tag } from '../model';

/** `tagId` and the ids of all its descendants; a cycle in damaged data cannot loop. */
export function tagWithDescendants(tags: readonly Pick<Tag, 'id' | 'parentId'>[], tagId: string): string[] {
  const children = new Map<string, string[]>();
  for (const tag of tags) {
    if (!tag.parentId) continue;
    children.set(tag.parentId, [...(children.get(tag.parentId) ?? []), tag.id]);
  }
  const seen = new Set<string>([tagId]);
  const queue = [tagId];
  while (queue.length > 0) {
    for (const child of children.get(queue.shift() as string) ?? []) {
      if (seen.has(child)) continue;
      seen.add(child);
      queue.push(child);
    }
  }
  return [...seen];
}

// The codebook in display order: parents before their children, siblings by their order, with each tag's depth.
import type { Tag } from '../model';

export function codebookTree(tags: readonly Tag[]): Array<{ tag: Tag; depth: number }> {
  const ids = new Set(tags.map((t) => t.id));
  const children = new Map<string | null, Tag[]>();
  for (const tag of tags) {
    const parent = tag.parentId && ids.has(tag.parentId) ? tag.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), tag]);
  }
  const out: Array<{ tag: Tag; depth: number }> = [];
  const seen = new Set<string>();
  const visit = (parent: string | null, depth: number) => {
    const list = [...(children.get(parent) ?? [])].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
    for (const tag of list) {
      if (seen.has(tag.id)) continue;
      seen.add(tag.id);
      out.push({ tag, depth });
      visit(tag.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

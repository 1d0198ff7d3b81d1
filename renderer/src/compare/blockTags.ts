// Which tags mark each block: every block a passage runs over carries the passage's tags (for the text view's margin).
import type { Annotation, Block, Tag } from '../../../shared/model';

export function blockTags(blocks: readonly Block[], passages: readonly Annotation[], tags: readonly Tag[]): Map<string, Tag[]> {
  const slot = new Map(blocks.map((block, index) => [block.id, index] as const));
  const byId = new Map(tags.map((tag) => [tag.id, tag] as const));
  const ids = new Map<string, Set<string>>();
  for (const passage of passages) {
    if (passage.status === 'orphan') continue;
    const from = slot.get(passage.anchor.start.blockId);
    const to = slot.get(passage.anchor.end.blockId);
    if (from === undefined || to === undefined) continue;
    for (let i = from; i <= to; i++) {
      const id = (blocks[i] as Block).id;
      const set = ids.get(id) ?? new Set<string>();
      for (const tagId of passage.tagIds) set.add(tagId);
      ids.set(id, set);
    }
  }
  const out = new Map<string, Tag[]>();
  // Codebook order, as everywhere else.
  const order = new Map(tags.map((tag, index) => [tag.id, index] as const));
  for (const [blockId, set] of ids) {
    const list = [...set].flatMap((id) => (byId.has(id) ? [byId.get(id) as Tag] : [])).sort((x, y) => (order.get(x.id) ?? 0) - (order.get(y.id) ?? 0));
    if (list.length > 0) out.set(blockId, list);
  }
  return out;
}

// Each passage's tag colours, in codebook order: what its mark is painted with.
import type { Annotation, Tag } from '../../../shared/model';

/**
 * Passages with the same colours share one list (most passages carry one tag): a mark painter names a list's
 * background once, and opening a ruling paints 1,300 marks from a handful of lists.
 */
export function passageColours(passages: readonly Annotation[], tags: readonly Tag[]): Map<string, string[]> {
  const byId = new Map(tags.map((tag) => [tag.id, tag] as const));
  const single = new Map<string, string[]>();
  const shared = new Map<string, string[]>();
  const map = new Map<string, string[]>();
  for (const passage of passages) {
    const { tagIds } = passage;
    if (tagIds.length === 1) {
      const tagId = tagIds[0] as string;
      let list = single.get(tagId);
      if (!list) {
        const tag = byId.get(tagId);
        single.set(tagId, (list = tag ? [tag.color] : []));
      }
      map.set(passage.id, list);
      continue;
    }
    const colours = tagIds
      .map((id) => byId.get(id))
      .filter((tag): tag is Tag => tag !== undefined)
      .sort((a, b) => a.order - b.order)
      .map((tag) => tag.color);
    const key = colours.join(' ');
    let list = shared.get(key);
    if (!list) shared.set(key, (list = colours));
    map.set(passage.id, list);
  }
  return map;
}

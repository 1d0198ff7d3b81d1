// Passages grouped under the tags of the codebook, in codebook order, each group in reading order.
import { tagDisplayName, type Lang } from '../i18n';
import type { Annotation, Tag } from '../model';

export interface TagGroup {
  /** null for the passages that carry no tag of the codebook. */
  tag: Tag | null;
  passages: Annotation[];
}

/**
 * A passage with several tags appears under each. One whose tags are all unknown (deleted
 * from the codebook, or from another library) is kept, in a last group with `tag: null`,
 * since an export that silently loses an argument is worse than one with an extra heading.
 */
export function groupPassagesByTag(passages: readonly Annotation[], tags: readonly Tag[], lang: Lang): TagGroup[] {
  const byId = new Map(tags.map((tag) => [tag.id, tag]));
  const groups = new Map<string, Annotation[]>();
  const untagged: Annotation[] = [];
  for (const passage of [...passages].sort(readingOrder)) {
    const known = [...new Set(passage.tagIds)].filter((id) => byId.has(id));
    if (known.length === 0) untagged.push(passage);
    for (const id of known) groups.set(id, [...(groups.get(id) ?? []), passage]);
  }
  const collator = new Intl.Collator(lang);
  const ordered = tags
    .filter((tag) => groups.has(tag.id))
    .sort(
      (a, b) =>
        a.order - b.order || collator.compare(tagDisplayName(a, lang), tagDisplayName(b, lang)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .map((tag): TagGroup => ({ tag, passages: groups.get(tag.id) ?? [] }));
  return untagged.length > 0 ? [...ordered, { tag: null, passages: untagged }] : ordered;
}

/** Where the passage starts in the text; ties broken so that the output never depends on input order. */
export function readingOrder(a: Annotation, b: Annotation): number {
  const byPosition = a.anchor.position.start - b.anchor.position.start || a.anchor.position.end - b.anchor.position.end;
  return byPosition || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

// Which default tags an existing library lacks, fitted around the user's own tags (their names and shortcuts win).
import { DEFAULT_TAGS, type Tag } from '../model';
import { nameKey } from './tagOps';

/** `names` gives every name a tag is known by (both languages for an unrenamed built-in tag). */
export function missingDefaultTags(existing: readonly Tag[], names: (tag: Tag) => readonly string[]): Tag[] {
  const ids = new Set(existing.map((t) => t.id));
  const builtins = new Set(existing.flatMap((t) => (t.builtin ? [t.builtin] : [])));
  const taken = new Set(existing.flatMap((t) => names(t).map(nameKey)));
  const keys = new Set(existing.flatMap((t) => (t.shortcut ? [t.shortcut] : [])));
  let order = existing.reduce((max, t) => Math.max(max, t.order + 1), 0);
  const out: Tag[] = [];
  for (const tag of DEFAULT_TAGS) {
    if (ids.has(tag.id) || (tag.builtin && builtins.has(tag.builtin))) continue;
    // The user already made a tag with this name: theirs stays, no twin appears.
    if (names(tag).some((n) => taken.has(nameKey(n)))) continue;
    const { shortcut, ...rest } = tag;
    const added: Tag = { ...rest, order: order++ };
    if (shortcut && !keys.has(shortcut)) {
      added.shortcut = shortcut;
      keys.add(shortcut);
    }
    out.push(added);
  }
  return out;
}

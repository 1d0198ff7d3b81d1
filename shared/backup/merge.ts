// Merge rules: which copy of a record wins when the library and the backup both have it, and which tags are the same tag.
import { tagNames } from '../i18n/tagName';
import { nameKey } from '../codebook/tagOps';
import type { Tag } from '../model';
import type { DocumentStamp } from './reader';

/**
 * A document's newer copy: a later version of its text first (a new version keeps its import date),
 * then the later correction of its details, then the later import.
 */
export function isNewerDocument(candidate: DocumentStamp, existing: DocumentStamp): boolean {
  const a = [candidate.version ?? 1, candidate.metadataEditedAt ?? 0, candidate.importedAt];
  const b = [existing.version ?? 1, existing.metadataEditedAt ?? 0, existing.importedAt];
  for (let i = 0; i < a.length; i++) {
    if ((a[i] as number) !== (b[i] as number)) return (a[i] as number) > (b[i] as number);
  }
  return false;
}

/**
 * Backup tag id → library tag id for tags that are the same tag under another id: the same built-in tag,
 * or the same name (as the codebook compares names: case, accents and spaces aside). Same ids need no mapping.
 */
export function matchTags(incoming: readonly Tag[], existing: readonly Tag[]): Map<string, string> {
  const ids = new Set(existing.map((t) => t.id));
  const byBuiltin = new Map(existing.flatMap((t) => (t.builtin && t.name.trim() === '' ? [[t.builtin, t.id] as const] : [])));
  const byName = new Map<string, string>();
  for (const tag of existing) for (const name of tagNames(tag)) if (!byName.has(nameKey(name))) byName.set(nameKey(name), tag.id);
  const map = new Map<string, string>();
  for (const tag of incoming) {
    if (ids.has(tag.id)) continue;
    const same = (tag.builtin && tag.name.trim() === '' ? byBuiltin.get(tag.builtin) : undefined) ?? tagNames(tag).map((n) => byName.get(nameKey(n))).find(Boolean);
    if (same) map.set(tag.id, same);
  }
  return map;
}

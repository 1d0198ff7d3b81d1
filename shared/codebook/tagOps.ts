// Pure operations on the codebook (create, edit, reorder, nest, merge, delete), validated, each an undoable Change.
import type { Annotation, Tag } from '../model';
import { rowChange, type Change, type RowChange } from './change';

export type TagProblem = 'nameEmpty' | 'nameTaken' | 'shortcutInvalid' | 'shortcutTaken' | 'parentCycle' | 'sameTag';
export type TagResult = { ok: true; change: Change } | { ok: false; problem: TagProblem; other?: Tag };

/** Names compare without case, accents or spacing differences: "Urgence" and " urgence " are the same tag. */
export const nameKey = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim().toLowerCase();

export type TagFields = Partial<Omit<Tag, 'id' | 'builtin' | 'order'>>;

/**
 * Checks a tag as it would be after an edit. `displayName` gives the name shown for a tag (the dictionary's
 * for an unrenamed built-in), so a new tag cannot take a default tag's translated name either.
 */
export function checkTag(tags: readonly Tag[], candidate: Tag, displayName: (tag: Tag) => string): { problem: TagProblem; other?: Tag } | null {
  const name = displayName(candidate);
  if (nameKey(name) === '') return { problem: 'nameEmpty' };
  const others = tags.filter((tag) => tag.id !== candidate.id);
  const sameName = others.find((tag) => nameKey(displayName(tag)) === nameKey(name));
  if (sameName) return { problem: 'nameTaken', other: sameName };
  if (candidate.shortcut !== undefined) {
    if (!/^[1-9]$/.test(candidate.shortcut)) return { problem: 'shortcutInvalid' };
    const sameKey = others.find((tag) => tag.shortcut === candidate.shortcut);
    if (sameKey) return { problem: 'shortcutTaken', other: sameKey };
  }
  if (candidate.parentId) {
    const byId = new Map(tags.map((tag) => [tag.id, tag] as const));
    for (let id: string | null | undefined = candidate.parentId, hops = 0; id; id = byId.get(id)?.parentId, hops++) {
      if (id === candidate.id || hops > tags.length) return { problem: 'parentCycle' };
    }
  }
  return null;
}

const tagChange = (kind: Change['kind'], tags: RowChange<Tag>[], annotations: RowChange<Annotation>[] = []): Change => ({ kind, tags, annotations });

export function createTag(tags: readonly Tag[], draft: Omit<Tag, 'order'>, displayName: (tag: Tag) => string): TagResult {
  const tag: Tag = { ...draft, order: tags.reduce((max, t) => Math.max(max, t.order + 1), 0) };
  const problem = checkTag(tags, tag, displayName);
  return problem ? { ok: false, ...problem } : { ok: true, change: tagChange('createTag', [rowChange(undefined, tag)]) };
}

/** Edits a tag; a field set to `undefined` is cleared (a shortcut removed, a parent detached). */
export function editTag(tags: readonly Tag[], id: string, fields: TagFields, displayName: (tag: Tag) => string): TagResult {
  const before = tags.find((tag) => tag.id === id);
  if (!before) return { ok: false, problem: 'sameTag' };
  const after: Tag = { ...before, ...fields };
  for (const key of Object.keys(fields) as Array<keyof TagFields>) if (fields[key] === undefined) delete after[key];
  const problem = checkTag(tags, after, displayName);
  return problem ? { ok: false, ...problem } : { ok: true, change: tagChange('editTag', [rowChange(before, after)]) };
}

/** Moves a tag one place up or down among its siblings (same parent), renumbering them. */
export function moveTag(tags: readonly Tag[], id: string, delta: -1 | 1): Change {
  const tag = tags.find((t) => t.id === id);
  if (!tag) return tagChange('editTag', []);
  const siblings = tags.filter((t) => (t.parentId ?? null) === (tag.parentId ?? null)).sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const at = siblings.findIndex((t) => t.id === id);
  const to = at + delta;
  if (to < 0 || to >= siblings.length) return tagChange('editTag', []);
  const reordered = [...siblings];
  reordered.splice(at, 1);
  reordered.splice(to, 0, tag);
  const slots = siblings.map((t) => t.order).sort((a, b) => a - b);
  const rows = reordered.flatMap((t, i) => {
    const order = slots[i] ?? i;
    return t.order === order ? [] : [rowChange(t, { ...t, order })];
  });
  return tagChange('editTag', rows);
}

/** How many passages carry a tag, and how many carry nothing else (those are removed with it). */
export function tagUsage(annotations: readonly Annotation[], tagId: string): { passages: number; onlyThisTag: number } {
  const using = annotations.filter((a) => a.tagIds.includes(tagId));
  return { passages: using.length, onlyThisTag: using.filter((a) => a.tagIds.length === 1).length };
}

/** Deletes a tag: passages lose it, passages that had only it are removed, its children move up to its parent. */
export function deleteTag(tags: readonly Tag[], annotations: readonly Annotation[], id: string, now: number): Change {
  const tag = tags.find((t) => t.id === id);
  if (!tag) return tagChange('deleteTag', []);
  const children = tags.filter((t) => t.parentId === id).map((t) => rowChange(t, { ...t, parentId: tag.parentId ?? null }));
  const passages = annotations
    .filter((a) => a.tagIds.includes(id))
    .map((a) => {
      const tagIds = a.tagIds.filter((t) => t !== id);
      return rowChange(a, tagIds.length === 0 ? undefined : { ...a, tagIds, updatedAt: now });
    });
  return tagChange('deleteTag', [...children, rowChange(tag, undefined)], passages);
}

/** Merges `fromId` into `intoId`: its passages carry `intoId` instead, its children move under `intoId`, it disappears. */
export function mergeTags(tags: readonly Tag[], annotations: readonly Annotation[], fromId: string, intoId: string, now: number): TagResult {
  const from = tags.find((t) => t.id === fromId);
  const into = tags.find((t) => t.id === intoId);
  if (!from || !into || fromId === intoId) return { ok: false, problem: 'sameTag' };
  const children = tags
    .filter((t) => t.parentId === fromId && t.id !== intoId)
    .map((t) => rowChange(t, { ...t, parentId: intoId }));
  // A tag merged into its own child would leave the child pointing at a deleted parent.
  const intoRow = into.parentId === fromId ? [rowChange(into, { ...into, parentId: from.parentId ?? null })] : [];
  const passages = annotations
    .filter((a) => a.tagIds.includes(fromId))
    .map((a) => rowChange(a, { ...a, tagIds: [...new Set(a.tagIds.map((t) => (t === fromId ? intoId : t)))], updatedAt: now }));
  return { ok: true, change: tagChange('merge', [...children, ...intoRow, rowChange(from, undefined)], passages) };
}

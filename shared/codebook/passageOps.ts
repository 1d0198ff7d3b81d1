// Pure operations on passages (tag, untag, re-tag, remove, edit role, stance or note), each returned as an undoable Change.
import type { Anchor, Annotation } from '../model';
import { rowChange, type Change } from './change';

const change = (kind: Change['kind'], annotations: Change['annotations']): Change => ({ kind, tags: [], annotations });

/** Tags the anchored text: adds the tag to the passage with the same extent, or creates a new passage. */
export function tagPassage(
  passages: readonly Annotation[],
  draft: Omit<Annotation, 'tagIds' | 'anchor'> & { anchor: Anchor },
  tagId: string,
): { change: Change; passageId: string; already: boolean } {
  const { start, end } = draft.anchor.position;
  const same = passages.find((p) => p.docId === draft.docId && p.anchor.position.start === start && p.anchor.position.end === end);
  if (same) {
    if (same.tagIds.includes(tagId)) return { change: change('tag', []), passageId: same.id, already: true };
    const after = { ...same, tagIds: [...same.tagIds, tagId], updatedAt: draft.updatedAt };
    return { change: change('tag', [rowChange(same, after)]), passageId: same.id, already: false };
  }
  const created: Annotation = { ...draft, tagIds: [tagId] };
  return { change: change('tag', [rowChange(undefined, created)]), passageId: created.id, already: false };
}

/** Takes one tag off a passage; a passage left with no tag is removed (the change says so, and undo restores it). */
export function untagPassage(passage: Annotation, tagId: string, now: number): Change {
  if (!passage.tagIds.includes(tagId)) return change('untag', []);
  const tagIds = passage.tagIds.filter((id) => id !== tagId);
  return change('untag', [rowChange(passage, tagIds.length === 0 ? undefined : { ...passage, tagIds, updatedAt: now })]);
}

/** Replaces one tag of a passage with another, keeping its place among the passage's tags. */
export function retagPassage(passage: Annotation, fromId: string, toId: string, now: number): Change {
  if (fromId === toId || !passage.tagIds.includes(fromId)) return change('retag', []);
  const tagIds = [...new Set(passage.tagIds.map((id) => (id === fromId ? toId : id)))];
  return change('retag', [rowChange(passage, { ...passage, tagIds, updatedAt: now })]);
}

export function removePassage(passage: Annotation): Change {
  return change('removePassage', [rowChange(passage, undefined)]);
}

export type PassageEdit = Partial<Pick<Annotation, 'role' | 'stance' | 'note' | 'noteState'>>;

export function editPassage(passage: Annotation, edit: PassageEdit, now: number): Change {
  const after: Annotation = { ...passage, ...edit, updatedAt: now };
  for (const key of Object.keys(edit) as Array<keyof PassageEdit>) if (edit[key] === undefined) delete after[key];
  return change('editPassage', [rowChange(passage, after)]);
}

/** Adds a tag to an existing passage (from the panel), keeping its extent. */
export function addTagToPassage(passage: Annotation, tagId: string, now: number): Change {
  if (passage.tagIds.includes(tagId)) return change('tag', []);
  return change('tag', [rowChange(passage, { ...passage, tagIds: [...passage.tagIds, tagId], updatedAt: now })]);
}

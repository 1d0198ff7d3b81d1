import { describe, expect, it } from 'vitest';
import { applyToRows, createTag, deleteTag, editTag, invertChange, mergeTags, moveTag, tagUsage, type Change } from '../../../shared/codebook';
import type { Annotation, Tag } from '../../../shared/model';
import { ALTERNATIVES, CLOUD, frName, LIMIT, passage, tags } from './fixtures';

const apply = (state: { tags: Tag[]; annotations: Annotation[] }, change: Change) => ({
  tags: applyToRows(state.tags, change.tags),
  annotations: applyToRows(state.annotations, change.annotations),
});
const sortById = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

describe('codebook operations', () => {
  it('refuses a duplicate name, including a default tag’s translated name, whatever the case or accents', () => {
    const result = createTag(tags, { id: 'new', name: '  risque cloud ACT ', color: '#cfd4dc', parentId: null }, frName);
    expect(result).toMatchObject({ ok: false, problem: 'nameTaken', other: { id: CLOUD } });
    expect(createTag(tags, { id: 'new', name: ' ', color: '#cfd4dc' }, frName)).toMatchObject({ ok: false, problem: 'nameEmpty' });
  });

  it('refuses a shortcut another tag already uses, and anything but 1–9', () => {
    expect(editTag(tags, LIMIT, { shortcut: '1' }, frName)).toMatchObject({ ok: false, problem: 'shortcutTaken', other: { id: CLOUD } });
    expect(editTag(tags, LIMIT, { shortcut: '0' }, frName)).toMatchObject({ ok: false, problem: 'shortcutInvalid' });
    const freed = editTag(tags, CLOUD, { shortcut: undefined }, frName);
    expect(freed.ok && freed.change.tags[0]?.after).not.toHaveProperty('shortcut');
  });

  it('creates a tag at the end, renames, and refuses to nest a tag under its own child', () => {
    const created = createTag(tags, { id: 'new', name: 'Proportionnalité', color: '#cfd4dc', parentId: null }, frName);
    expect(created.ok && created.change.tags[0]?.after).toMatchObject({ name: 'Proportionnalité', order: 9 });
    const nested = editTag(tags, LIMIT, { parentId: CLOUD }, frName);
    expect(nested.ok).toBe(true);
    const state = nested.ok ? applyToRows(tags, nested.change.tags) : tags;
    expect(editTag(state, CLOUD, { parentId: LIMIT }, frName)).toMatchObject({ ok: false, problem: 'parentCycle' });
  });

  it('moves a tag among its siblings', () => {
    const after = applyToRows(tags, moveTag(tags, ALTERNATIVES, -1).tags);
    expect([...after].sort((a, b) => a.order - b.order).slice(0, 3).map((t) => t.id)).toEqual([ALTERNATIVES, CLOUD, LIMIT]);
    expect(moveTag(tags, CLOUD, -1).tags).toEqual([]);
  });

  it('merges two tags: passages follow without duplicates, and undo restores both exactly', () => {
    const annotations = [passage('p1', [CLOUD]), passage('p2', [CLOUD, ALTERNATIVES]), passage('p3', [LIMIT])];
    const result = mergeTags(tags, annotations, CLOUD, ALTERNATIVES, 5);
    if (!result.ok) throw new Error('merge refused');
    const merged = apply({ tags, annotations }, result.change);
    expect(merged.tags.find((t) => t.id === CLOUD)).toBeUndefined();
    expect(sortById(merged.annotations).map((a) => a.tagIds)).toEqual([[ALTERNATIVES], [ALTERNATIVES], [LIMIT]]);
    const undone = apply(merged, invertChange(result.change));
    expect(sortById(undone.tags)).toEqual(sortById(tags));
    expect(sortById(undone.annotations)).toEqual(annotations);
    expect(mergeTags(tags, annotations, CLOUD, CLOUD, 5)).toMatchObject({ ok: false, problem: 'sameTag' });
  });

  it('deletes a tag: counts what it affects, keeps passages with another tag, and undo brings all back', () => {
    const annotations = [passage('p1', [CLOUD]), passage('p2', [CLOUD, LIMIT]), passage('p3', [LIMIT])];
    expect(tagUsage(annotations, CLOUD)).toEqual({ passages: 2, onlyThisTag: 1 });
    const change = deleteTag(tags, annotations, CLOUD, 5);
    const after = apply({ tags, annotations }, change);
    expect(sortById(after.annotations).map((a) => [a.id, a.tagIds])).toEqual([
      ['p2', [LIMIT]],
      ['p3', [LIMIT]],
    ]);
    expect(after.tags).toHaveLength(tags.length - 1);
    const undone = apply(after, invertChange(change));
    expect(sortById(undone.annotations)).toEqual(annotations);
    expect(sortById(undone.tags)).toEqual(sortById(tags));
  });
});

import { describe, expect, it } from 'vitest';
import { applyToRows, editPassage, invertChange, removePassage, retagPassage, tagPassage, untagPassage } from '../../../shared/codebook';
import { ALTERNATIVES, CLOUD, LIMIT, passage } from './fixtures';

describe('passage operations and their undo', () => {
  it('tags new text as a new passage, and the same extent again as one more tag on it', () => {
    const draft = { ...passage('p1', []), createdAt: 2, updatedAt: 2 };
    const first = tagPassage([], draft, CLOUD);
    const state = applyToRows([], first.change.annotations);
    expect(state.map((p) => p.tagIds)).toEqual([[CLOUD]]);
    const second = tagPassage(state, { ...draft, id: 'p2' }, LIMIT);
    expect(second.passageId).toBe('p1');
    expect(applyToRows(state, second.change.annotations).map((p) => p.tagIds)).toEqual([[CLOUD, LIMIT]]);
    expect(tagPassage(state, { ...draft, id: 'p3' }, CLOUD)).toMatchObject({ already: true, change: { annotations: [] } });
    // An overlapping but different extent is its own passage.
    const overlap = tagPassage(state, { ...passage('p4', [], 5, 20) }, ALTERNATIVES);
    expect(applyToRows(state, overlap.change.annotations)).toHaveLength(2);
    expect(applyToRows(applyToRows(state, second.change.annotations), invertChange(second.change).annotations)).toEqual(state);
  });

  it('untags, re-tags and removes, and each undo gives the passage back as it was', () => {
    const p = passage('p1', [CLOUD, LIMIT]);
    for (const change of [untagPassage(p, CLOUD, 9), retagPassage(p, CLOUD, ALTERNATIVES, 9), removePassage(p), editPassage(p, { stance: 'rejected', role: 'defence' }, 9)]) {
      const after = applyToRows([p], change.annotations);
      expect(after).not.toEqual([p]);
      expect(applyToRows(after, invertChange(change).annotations)).toEqual([p]);
    }
    expect(applyToRows([p], retagPassage(p, CLOUD, LIMIT, 9).annotations)[0]?.tagIds).toEqual([LIMIT]);
    // Removing the last tag removes the passage; undo brings it back.
    const lone = passage('p2', [CLOUD]);
    expect(applyToRows([lone], untagPassage(lone, CLOUD, 9).annotations)).toEqual([]);
  });
});

describe('compactChange', () => {
  it('folds several steps on one passage into one, so undo restores the state before all of them', async () => {
    const { compactChange, tagPassage: tag, applyToRows: apply, invertChange: invert } = await import('../../../shared/codebook');
    const draft = passage('p1', []);
    const first = tag([], draft, CLOUD);
    const second = tag(apply([], first.change.annotations), { ...draft, id: 'p2' }, LIMIT);
    const both = compactChange({ kind: 'acceptSuggestions', tags: [], annotations: [...first.change.annotations, ...second.change.annotations] });
    expect(both.annotations).toHaveLength(1);
    expect(both.annotations[0]).toMatchObject({ id: 'p1', after: { tagIds: [CLOUD, LIMIT] } });
    expect(both.annotations[0]?.before).toBeUndefined();
    expect(apply(apply([], both.annotations), invert(both).annotations)).toEqual([]);
  });
});

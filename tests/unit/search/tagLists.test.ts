// Per-tag passage lists as plain data: built from passages, changed by writes, read back as one list per set of tags.
import { describe, expect, it } from 'vitest';
import { concernsLists, passagesOfLists, tagListOf, updateTagList } from '../../../shared/search';
import { passage } from './fixtures';

const p1 = passage('p1', 'd1', 'd1-b0', { tagIds: ['a'], role: 'reasoning' });
const p2 = passage('p2', 'd1', 'd1-b3', { tagIds: ['a', 'b'], stance: 'accepted' });
const p3 = passage('p3', 'd2', 'd2-b0', { tagIds: ['b'] });

describe('tag lists', () => {
  it('hold each passage of their tag with what the list sorts and filters on', () => {
    const list = tagListOf('a', [p1, p2, p3]);
    expect(passagesOfLists([list])).toEqual([
      { id: 'p1', docId: 'd1', start: 0, blockId: 'd1-b0', role: 'reasoning' },
      { id: 'p2', docId: 'd1', start: 0, blockId: 'd1-b3', stance: 'accepted' },
    ]);
  });

  it('list a passage carrying several of the tags once', () => {
    expect(passagesOfLists([tagListOf('a', [p1, p2, p3]), tagListOf('b', [p1, p2, p3])]).map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
  });

  it('follow additions, edits, untagging and deletions, the last write of a passage winning', () => {
    const list = tagListOf('a', [p1, p2]);
    const next = updateTagList(list, [
      { after: passage('p4', 'd2', 'd2-b1', { tagIds: ['a'] }) },
      { before: p1, after: { ...p1, role: 'operative' } },
      { before: p2, after: { ...p2, tagIds: ['b'] } },
      { before: { ...p1, role: 'operative' }, after: { ...p1, role: 'claimant' } },
    ]);
    expect(passagesOfLists([next])).toEqual([
      { id: 'p4', docId: 'd2', start: 0, blockId: 'd2-b1' },
      { id: 'p1', docId: 'd1', start: 0, blockId: 'd1-b0', role: 'claimant' },
    ]);
    expect(passagesOfLists([updateTagList(next, [{ before: { ...p1, role: 'claimant' } }])]).map((p) => p.id)).toEqual(['p4']);
  });

  it('are returned unchanged by writes that do not concern their tag', () => {
    const list = tagListOf('a', [p1]);
    expect(updateTagList(list, [{ after: p3 }, { before: p3 }])).toBe(list);
  });
});

describe('which writes concern the lists', () => {
  it('a note, a review mark or a tag order change does not; a tag, role, stance, position or deletion does', () => {
    expect(concernsLists({ before: p2, after: { ...p2, note: 'voir', status: 'drifted', updatedAt: 9 } })).toBe(false);
    expect(concernsLists({ before: p2, after: { ...p2, tagIds: ['b', 'a'] } })).toBe(false);
    expect(concernsLists({ before: p2, after: { ...p2, tagIds: ['a'] } })).toBe(true);
    expect(concernsLists({ before: p2, after: { ...p2, role: 'defence' } })).toBe(true);
    expect(concernsLists({ before: p2, after: { ...p2, stance: undefined } })).toBe(true);
    expect(concernsLists({ before: p2, after: { ...p2, anchor: { ...p2.anchor, position: { start: 4, end: 9 } } } })).toBe(true);
    expect(concernsLists({ before: p2 })).toBe(true);
    expect(concernsLists({ after: p2 })).toBe(true);
  });
});

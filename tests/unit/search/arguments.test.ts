import { describe, expect, it } from 'vitest';
import type { Tag } from '../../../shared/model';
import { courtsOf, groupArguments, tagAndDescendants } from '../../../shared/search';
import { doc, passage } from './fixtures';

const tag = (id: string, parentId?: string): Tag => ({ id, name: id, color: '#ffffff', order: 0, ...(parentId ? { parentId } : {}) });

describe('argument retrieval', () => {
  it('takes a tag with all its sub-tags, and survives a loop in the codebook', () => {
    const tags = [tag('a'), tag('b', 'a'), tag('c', 'b'), tag('d'), tag('x', 'y'), tag('y', 'x')];
    expect(tagAndDescendants(tags, 'a').sort()).toEqual(['a', 'b', 'c']);
    expect(tagAndDescendants(tags, 'x').sort()).toEqual(['x', 'y']);
  });

  it('filters by court, dates, kind, role and stance, most recent decision first', () => {
    const docs = new Map([
      ['ce', doc('ce', { court: "Conseil d'État", date: '2025-04-25' })],
      ['ta', doc('ta', { court: 'Tribunal administratif de Paris', date: '2024-01-10' })],
      ['art', doc('art', { kind: 'article' })],
    ]);
    const passages = [
      passage('p1', 'ta', 'b', { role: 'reasoning', stance: 'rejected' }),
      passage('p2', 'ce', 'b', { role: 'claimant', stance: 'accepted' }),
      passage('p3', 'art', 'b', { role: 'commentary' }),
      passage('p4', 'gone', 'b'),
    ];
    const ids = (filter: Parameters<typeof groupArguments>[2]) => groupArguments(passages, docs, filter).flatMap((g) => g.passages.map((p) => p.id));
    expect(ids({})).toEqual(['p2', 'p1', 'p3']);
    expect(ids({ court: "Conseil d'État" })).toEqual(['p2']);
    expect(ids({ from: '2025-01-01' })).toEqual(['p2']);
    expect(ids({ to: '2024' })).toEqual(['p1']);
    expect(ids({ kind: 'article' })).toEqual(['p3']);
    expect(ids({ role: 'reasoning' })).toEqual(['p1']);
    expect(ids({ stance: 'accepted' })).toEqual(['p2']);
    expect(courtsOf(docs.values())).toEqual(["Conseil d'État", 'Tribunal administratif de Paris']);
  });
});

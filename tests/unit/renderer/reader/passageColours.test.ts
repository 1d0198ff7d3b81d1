// A passage's mark is painted with its tags' colours in codebook order; passages with the same colours share one list.
import { describe, expect, it } from 'vitest';
import { passageColours } from '../../../../renderer/src/reader/passageColours';
import type { Annotation, Tag } from '../../../../shared/model';

const tag = (id: string, color: string, order: number): Tag => ({ id, name: id, color, order }) as Tag;
const passage = (id: string, tagIds: string[]): Annotation => ({ id, tagIds }) as unknown as Annotation;
const tags = [tag('cloud', '#e57373', 2), tag('urgency', '#81c784', 0), tag('sovereignty', '#64b5f6', 1)];

describe('passageColours', () => {
  it('gives each passage its tags’ colours in codebook order, whatever order they were applied in', () => {
    const colours = passageColours([passage('p1', ['cloud']), passage('p2', ['cloud', 'urgency']), passage('p3', ['urgency', 'cloud', 'sovereignty'])], tags);
    expect(colours.get('p1')).toEqual(['#e57373']);
    expect(colours.get('p2')).toEqual(['#81c784', '#e57373']);
    expect(colours.get('p3')).toEqual(['#81c784', '#64b5f6', '#e57373']);
  });

  it('shares one list between passages with the same colours, and keeps different ones apart', () => {
    const colours = passageColours([passage('a', ['cloud']), passage('b', ['cloud']), passage('c', ['urgency', 'cloud']), passage('d', ['cloud', 'urgency']), passage('e', ['urgency'])], tags);
    expect(colours.get('a')).toBe(colours.get('b'));
    expect(colours.get('c')).toBe(colours.get('d'));
    expect(colours.get('a')).not.toBe(colours.get('e'));
  });

  it('leaves out a tag no longer in the codebook', () => {
    const colours = passageColours([passage('a', ['gone']), passage('b', ['gone', 'cloud'])], tags);
    expect(colours.get('a')).toEqual([]);
    expect(colours.get('b')).toEqual(['#e57373']);
  });
});

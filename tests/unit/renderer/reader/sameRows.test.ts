// The reader keeps the rows it opened with while the live queries answer the same: any real change must get through.
import { describe, expect, it } from 'vitest';
import type { Annotation, Tag } from '../../../../shared/model';
import { samePassages, sameTags } from '../../../../renderer/src/reader/sameRows';

const passage = (id: string, updatedAt = 1, status: Annotation['status'] = 'anchored') => ({ id, updatedAt, status }) as Annotation;

describe('samePassages', () => {
  it('treats an equal answer as the same, whatever the array', () => {
    expect(samePassages([passage('a'), passage('b')], [passage('a'), passage('b')])).toBe(true);
  });

  it('sees a passage added, removed, rewritten or re-anchored', () => {
    const opened = [passage('a'), passage('b')];
    expect(samePassages([...opened, passage('c')], opened)).toBe(false);
    expect(samePassages([passage('a')], opened)).toBe(false);
    expect(samePassages([passage('a'), passage('b', 2)], opened)).toBe(false);
    expect(samePassages([passage('a'), passage('b', 1, 'orphan')], opened)).toBe(false);
    expect(samePassages([passage('a'), passage('c')], opened)).toBe(false);
  });
});

describe('sameTags', () => {
  const tag = { id: 't', name: 'Urgency', color: '#f00', order: 0 } as Tag;
  it('sees a recoloured tag', () => {
    expect(sameTags([tag], [{ ...tag }])).toBe(true);
    expect(sameTags([{ ...tag, color: '#0f0' }], [tag])).toBe(false);
  });
});

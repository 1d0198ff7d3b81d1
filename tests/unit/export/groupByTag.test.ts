import { describe, expect, it } from 'vitest';
import { groupPassagesByTag } from '../../../shared/export';
import type { Tag } from '../../../shared/model';
import { passages, tags } from './fixtures';

describe('groupPassagesByTag', () => {
  it('orders groups by codebook order then name, passages by reading order, unknown tags last', () => {
    const groups = groupPassagesByTag(passages, tags, 'fr');
    expect(groups.map((group) => [group.tag?.id ?? null, group.passages.map((p) => p.id)])).toEqual([
      ['tag-cloud-act-risk', ['p-heading', 'p-hosted', 'p-risk', 'p-other-doc']],
      ['tag-lack-of-european-alternatives', ['p-lack']],
      ['tag-urgency', ['p-judge', 'p-point2', 'p-hosted']],
      [null, ['p-operative']],
    ]);
  });

  it('sorts tags of equal order by their name in the export language', () => {
    const named = (id: string, name: string): Tag => ({ id, name, color: '#000000', order: 0 });
    const p = passages[1]!;
    const groups = groupPassagesByTag([{ ...p, tagIds: ['z', 'e', 'a'] }], [named('z', 'Zèle'), named('e', 'Équité'), named('a', 'Abus')], 'fr');
    expect(groups.map((group) => group.tag?.name)).toEqual(['Abus', 'Équité', 'Zèle']);
  });
});

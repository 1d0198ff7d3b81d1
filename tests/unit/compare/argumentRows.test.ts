// The argument view's rows: codebook order with sub-tags, presence on each side, filters, reading order.
import { describe, expect, it } from 'vitest';
import { argumentRows, hasArguments } from '../../../shared/compare';
import type { Tag } from '../../../shared/model';
import { blocksOf, passageOn, TEXTS_2024, TEXTS_2025 } from './fixtures';

const tag = (id: string, order: number, parentId: string | null = null): Tag => ({ id, name: id, color: '#9fd0f5', order, parentId });
const TAGS = [tag('urgency', 1), tag('cloud', 0), tag('cloud-transfer', 0, 'cloud'), tag('unused', 2)];

const blocksA = blocksOf(TEXTS_2024, 'a');
const blocksB = blocksOf(TEXTS_2025, 'b');

describe('argumentRows', () => {
  const passagesA = [
    passageOn(blocksA, 'expose celles-ci aux demandes fondées sur le Cloud Act', ['cloud'], { role: 'claimant', stance: 'rejected', id: 'a1' }),
    passageOn(blocksA, 'pseudonymisées et chiffrées', ['cloud-transfer', 'urgency'], { role: 'reasoning', id: 'a2' }),
  ];
  const passagesB = [passageOn(blocksB, 'limitée à une durée de trois ans', ['urgency'], { role: 'reasoning', stance: 'accepted', id: 'b1' })];

  it('gives one row per tag in codebook order, sub-tags indented under their parent', () => {
    const rows = argumentRows({ tags: TAGS, passagesA, passagesB, blocksA, blocksB });
    expect(rows.map((r) => [r.tag.id, r.depth])).toEqual([
      ['cloud', 0],
      ['cloud-transfer', 1],
      ['urgency', 0],
      ['unused', 0],
    ]);
  });

  it('says where each argument is marked and cites the paragraph', () => {
    const rows = argumentRows({ tags: TAGS, passagesA, passagesB, blocksA, blocksB });
    const byId = new Map(rows.map((r) => [r.tag.id, r]));
    expect(byId.get('cloud')?.presence).toBe('onlyA');
    expect(byId.get('urgency')?.presence).toBe('both');
    expect(byId.get('unused')?.presence).toBe('neither');
    expect(byId.get('urgency')?.a.map((p) => [p.passage.id, p.paragraph])).toEqual([['a2', '2']]);
    expect(byId.get('urgency')?.b.map((p) => [p.passage.id, p.paragraph])).toEqual([['b1', '2']]);
  });

  it('filters by role and by stance (no stance counts as undecided)', () => {
    const byRole = argumentRows({ tags: TAGS, passagesA, passagesB, blocksA, blocksB, filters: { role: 'claimant' } });
    expect(byRole.filter((r) => r.presence !== 'neither').map((r) => r.tag.id)).toEqual(['cloud']);
    const undecided = argumentRows({ tags: TAGS, passagesA, passagesB, blocksA, blocksB, filters: { stance: 'undecided' } });
    expect(undecided.filter((r) => r.presence !== 'neither').map((r) => [r.tag.id, r.presence])).toEqual([
      ['cloud-transfer', 'onlyA'],
      ['urgency', 'onlyA'],
    ]);
  });

  it('leaves orphans out and knows when a decision has nothing tagged', () => {
    const orphan = { ...passagesB[0]!, status: 'orphan' as const };
    expect(hasArguments([orphan])).toBe(false);
    expect(hasArguments(passagesA)).toBe(true);
    const rows = argumentRows({ tags: TAGS, passagesA: [], passagesB: [orphan], blocksA, blocksB });
    expect(rows.every((r) => r.presence === 'neither')).toBe(true);
  });
});

// Re-anchoring passages on a corrected version of a ruling: anchored, drifted, orphan, and none dropped.
// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { anchorPassage, reanchorPassages, TextIndex } from '../../../shared/anchor';
import { buildLibraryRecords, importSource } from '../../../shared/import';
import type { Annotation, Block } from '../../../shared/model';
import { fixtureText } from '../../fixtures/readFixture';
import { CHANGED_PASSAGE, CHANGED_PASSAGE_AFTER, DELETED_PASSAGE, KEPT_PASSAGE, revisedOrder } from '../../fixtures/revisedOrder';

let id = 0;
const newId = () => `id-${++id}`;
const env = { window };

async function blocksOf(text: string): Promise<Block[]> {
  const imported = await importSource({ name: 'ordonnance.txt', bytes: new TextEncoder().encode(text) }, env);
  return (await buildLibraryRecords(imported, { fileName: 'ordonnance.txt', now: 0, newId })).blocks;
}

function passageOn(blocks: Block[], quote: string): Annotation {
  const index = TextIndex.of(blocks);
  const start = index.text.indexOf(quote);
  if (start < 0) throw new Error(`not in the text: ${quote}`);
  const anchor = anchorPassage(index, index.pointAt(start, 'start'), index.pointAt(start + quote.length, 'end'));
  return { id: newId(), docId: 'doc', tagIds: ['tag-cloud-act-risk'], anchor, status: 'anchored', createdAt: 1, updatedAt: 1 };
}

describe('reanchorPassages on the corrected order', async () => {
  const original = fixtureText('ce-ordonnance-health-data.txt');
  const before = await blocksOf(original);
  const after = await blocksOf(revisedOrder(original));
  const passages = [passageOn(before, CHANGED_PASSAGE), passageOn(before, KEPT_PASSAGE), passageOn(before, DELETED_PASSAGE)];
  const report = reanchorPassages(after, passages, 99);
  const [changed, kept, deleted] = report.passages;
  const afterText = TextIndex.of(after).text;

  it('returns every passage, in order, and counts them by status', () => {
    expect(report.passages.map((passage) => passage.id)).toEqual(passages.map((passage) => passage.id));
    expect(report).toMatchObject({ anchored: 1, drifted: 1, orphan: 1 });
  });

  it('anchors the untouched passage on the new blocks, shifted by the inserted paragraph', () => {
    expect(kept?.status).toBe('anchored');
    expect(kept?.anchor.quote.exact).toBe(KEPT_PASSAGE);
    expect(after.some((block) => block.id === kept?.anchor.start.blockId)).toBe(true);
    expect(kept!.anchor.position.start).toBeGreaterThan(passages[1]!.anchor.position.start);
    expect(afterText.slice(kept!.anchor.position.start, kept!.anchor.position.end)).toBe(KEPT_PASSAGE);
    expect(kept?.previousExact).toBeUndefined();
  });

  it('moves the changed passage to its new wording and keeps the old one for review', () => {
    expect(changed?.status).toBe('drifted');
    expect(changed?.anchor.quote.exact).toContain('totalement exclu');
    expect(CHANGED_PASSAGE_AFTER).toContain(changed!.anchor.quote.exact.slice(5, -5));
    expect(changed?.previousExact).toBe(CHANGED_PASSAGE);
    expect(changed?.updatedAt).toBe(99);
  });

  it('keeps the passage of the deleted paragraph as an orphan with its quote', () => {
    expect(deleted?.status).toBe('orphan');
    expect(deleted?.anchor).toEqual(passages[2]?.anchor);
    expect(deleted?.anchor.quote.exact).toBe(DELETED_PASSAGE);
  });
});

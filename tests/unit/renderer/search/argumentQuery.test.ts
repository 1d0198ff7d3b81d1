import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/src/db/database';
import { countPassagesOfTags, firstArguments, FIRST_SCREEN, passagesOfTags } from '../../../../renderer/src/search/argumentQuery';
import type { Annotation, GloseDocument } from '../../../../shared/model';
import { groupArguments, type ArgumentFilter } from '../../../../shared/search';
import { doc, passage } from '../../search/fixtures';

afterEach(async () => {
  await db.delete();
  await db.open();
});

/** `documents` rulings with dates spread over years and courts, each with `perDocument` passages cycling through tags a, b, c and roles. */
async function library(documents: number, perDocument: number) {
  const docs: GloseDocument[] = Array.from({ length: documents }, (_, d) =>
    doc(`d${String(d).padStart(4, '0')}`, { title: `Décision ${d % 7}`, court: d % 3 ? 'CE' : 'TA', date: `${2000 + (d % 13)}-0${1 + (d % 9)}-1${d % 10}`, kind: d % 5 ? 'ruling' : 'article' }),
  );
  const passages: Annotation[] = [];
  docs.forEach((document, d) => {
    for (let p = 0; p < perDocument; p++) {
      const tag = ['a', 'b', 'c'][(d + p) % 3] as string;
      passages.push({ ...passage(`${document.id}-p${p}`, document.id, `${document.id}-b0`, { tagIds: p % 4 === 0 ? [tag, 'c'] : [tag], role: p % 2 ? 'reasoning' : 'claimant' }), anchor: { ...passage('x', document.id, `${document.id}-b0`).anchor, position: { start: (p * 37) % 101, end: 200 } } });
    }
  });
  await db.documents.bulkAdd(docs);
  await db.blocks.bulkAdd(docs.map((d) => ({ id: `${d.id}-b0`, docId: d.id, order: 0, type: 'paragraph' as const, text: '1. Texte.', number: '1' })));
  await db.annotations.bulkAdd(passages);
  return { docs, passages };
}

const ids = (groups: ReturnType<typeof groupArguments>) => groups.flatMap((g) => g.passages.map((p) => `${g.document.id}/${p.id}`));

describe('the first screen of an argument list', () => {
  it('is exactly the beginning of the full list, whatever the filter, and the count is every passage of the tags', async () => {
    const { passages } = await library(400, 12);
    for (const tagIds of [['a'], ['a', 'b'], ['c']]) {
      const all = await passagesOfTags(tagIds);
      expect(all.length).toBe(passages.filter((p) => p.tagIds.some((t) => tagIds.includes(t))).length);
      expect(await countPassagesOfTags(tagIds)).toBe(all.length);
      const documents = new Map((await db.documents.toArray()).map((d) => [d.id, d]));
      for (const filter of [{}, { court: 'TA' }, { role: 'reasoning' }, { kind: 'article', from: '2005' }] as ArgumentFilter[]) {
        const full = groupArguments(all, documents, filter);
        const first = await firstArguments(tagIds, filter);
        expect(first.count).toBe(all.length);
        expect(first.groups).not.toBeNull();
        const shown = ids(first.groups ?? []);
        expect(shown.length).toBeGreaterThanOrEqual(Math.min(FIRST_SCREEN, ids(full).length));
        // Whole documents, in the list's order, each with every one of its passages.
        expect(shown).toEqual(ids(full).slice(0, shown.length));
        expect(first.groups?.map((g) => g.passages.length)).toEqual(full.slice(0, first.groups?.length).map((g) => g.passages.length));
        // The first screen comes with the paragraph numbers of the blocks its passages start in.
        expect(first.numbers.get(first.groups?.[0]?.passages[0]?.anchor.start.blockId ?? '')).toBe('1');
      }
    }
  });

  it('reads a small tag whole, and says nothing is there for a tag without passages', async () => {
    await library(30, 3);
    const first = await firstArguments(['b'], {});
    const all = groupArguments(await passagesOfTags(['b']), new Map((await db.documents.toArray()).map((d) => [d.id, d])), {});
    expect(ids(first.groups ?? [])).toEqual(ids(all));
    expect(await firstArguments(['nothing'], {})).toEqual({ count: 0, groups: [], numbers: new Map() });
  });
});

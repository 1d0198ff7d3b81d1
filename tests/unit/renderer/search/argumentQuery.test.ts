import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/src/db/database';
import { passagesOfTags, shownPassages } from '../../../../renderer/src/search/argumentQuery';
import { buildTagLists, readTagLists } from '../../../../renderer/src/search/tagListQuery';
import type { Annotation, GloseDocument } from '../../../../shared/model';
import { firstPassages, groupArguments, groupListed, type ArgumentFilter, type ArgumentGroup } from '../../../../shared/search';
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

const ids = (groups: ReadonlyArray<ArgumentGroup<{ id: string }>>) => groups.flatMap((g) => g.passages.map((p) => `${g.document.id}/${p.id}`));

describe('an argument list read from the tags\' stored lists', () => {
  it('is exactly the list the passages themselves give, whatever the filter, and its first page carries quotes and paragraph numbers', async () => {
    const { passages } = await library(400, 12);
    for (const tagIds of [['a'], ['a', 'b'], ['c']]) {
      const all = await passagesOfTags(tagIds);
      expect(all.length).toBe(passages.filter((p) => p.tagIds.some((t) => tagIds.includes(t))).length);
      expect(await readTagLists(tagIds)).toBeNull();
      await buildTagLists(tagIds);
      const listed = await readTagLists(tagIds);
      expect(listed?.length).toBe(all.length);
      const documents = new Map((await db.documents.toArray()).map((d) => [d.id, d]));
      for (const filter of [{}, { court: 'TA' }, { role: 'reasoning' }, { kind: 'article', from: '2005' }] as ArgumentFilter[]) {
        const full = groupArguments(all, documents, filter);
        const groups = groupListed(listed ?? [], documents, filter);
        // Same documents in the same order, each with every one of its passages in reading order.
        expect(ids(groups)).toEqual(ids(full));
        expect(groups.length).toBeGreaterThan(0);
        const page = firstPassages(groups, 100).flatMap((g) => g.passages);
        const shown = await shownPassages(page);
        expect([...shown.passages.keys()]).toEqual(page.map((p) => p.id));
        const first = shown.passages.get(page[0]?.id ?? '');
        expect(first?.anchor.quote.exact).toBe('x');
        expect(shown.numbers.get(first?.anchor.start.blockId ?? '')).toBe('1');
      }
    }
  });

  it('says nothing is there for a tag without passages', async () => {
    await library(30, 3);
    await buildTagLists(['nothing']);
    expect(await readTagLists(['nothing'])).toEqual([]);
  });
});

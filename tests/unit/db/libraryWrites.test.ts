import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db/database';
import { deleteDocuments, passageCountOf, restoreDocuments } from '../../../renderer/src/db/deletion';
import { createDossier, deleteDossier, DossierNameError, renameDossier, saveDetailsAndDossiers, setDocumentDossiers, setMembership } from '../../../renderer/src/db/dossiers';
import { documentsWithTags, passageCountsFor } from '../../../renderer/src/db/documents';
import { replaceDocumentVersion } from '../../../renderer/src/db/versions';
import type { Annotation, Block, GloseDocument } from '../../../shared/model';

const doc = (id: string, fields: Partial<GloseDocument> = {}): GloseDocument => ({
  id,
  title: `CE n° ${id}`,
  kind: 'ruling',
  sourceFileName: `${id}.txt`,
  sourceFormat: 'text',
  language: 'fr',
  wordCount: 4,
  importedAt: 1,
  contentHash: `hash-${id}`,
  ...fields,
});
const block = (id: string, docId: string, order: number): Block => ({ id, docId, order, type: 'paragraph', text: `Point ${order} du document ${docId}` });
const passage = (id: string, docId: string, tagIds: string[], status: Annotation['status'] = 'anchored'): Annotation =>
  ({
    id,
    docId,
    tagIds,
    status,
    note: `note ${id}`,
    anchor: { start: { blockId: `${docId}-b0`, offset: 0 }, end: { blockId: `${docId}-b0`, offset: 5 }, quote: { exact: 'Point', prefix: '', suffix: ' 0' }, position: { start: 0, end: 5 } },
    createdAt: 1,
    updatedAt: 1,
  }) as unknown as Annotation;

async function seed() {
  await db.documents.bulkAdd([doc('1', { dossierIds: ['old'] }), doc('2'), doc('3')]);
  await db.blocks.bulkAdd(['1', '2', '3'].flatMap((d) => [block(`${d}-b0`, d, 0), block(`${d}-b1`, d, 1)]));
  await db.annotations.bulkAdd([passage('p1', '1', ['t1']), passage('p2', '1', ['t2'], 'drifted'), passage('p3', '2', ['t2'], 'orphan'), passage('p4', '3', ['child'])]);
}
const snapshot = async () => ({
  documents: await db.documents.orderBy('id').toArray(),
  blocks: await db.blocks.orderBy('id').toArray(),
  annotations: await db.annotations.orderBy('id').toArray(),
});

afterEach(async () => {
  await db.delete();
  await db.open();
});

describe('deleting documents with undo', () => {
  it('removes the documents with their blocks and passages, leaves the others, and the undo restores identical rows', async () => {
    await seed();
    const before = await snapshot();
    const deleted = await deleteDocuments(['1', '2', 'missing']);
    expect(deleted.documents.map((d) => d.id).sort()).toEqual(['1', '2']);
    expect(deleted.blocks).toHaveLength(4);
    expect(deleted.annotations).toHaveLength(3);
    expect(await db.documents.toCollection().primaryKeys()).toEqual(['3']);
    expect(await db.blocks.where('docId').anyOf(['1', '2']).count()).toBe(0);
    expect(await db.annotations.toCollection().primaryKeys()).toEqual(['p4']);

    await restoreDocuments(deleted);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses to restore over a row that came back meanwhile, and writes nothing then', async () => {
    await seed();
    const deleted = await deleteDocuments(['1']);
    await db.documents.add(doc('1', { title: 'Autre' }));
    await expect(restoreDocuments(deleted)).rejects.toThrow();
    expect(await db.blocks.where('docId').equals('1').count()).toBe(0);
    expect((await db.documents.get('1'))?.title).toBe('Autre');
  });

  it('counts the passages that a deletion would take, for the confirmation', async () => {
    await seed();
    expect(await passageCountOf(['1', '2'])).toBe(3);
    expect(await passageCountOf(['missing'])).toBe(0);
  });
});

describe('counts and tag look-ups for the library list', () => {
  it('counts passages and passages to review per document from the indexes', async () => {
    await seed();
    const counts = await passageCountsFor(['1', '2', '3', 'none']);
    expect(Object.fromEntries(counts)).toEqual({ '1': { passages: 2, toReview: 1 }, '2': { passages: 1, toReview: 1 }, '3': { passages: 1, toReview: 0 }, none: { passages: 0, toReview: 0 } });
  });

  it('finds the documents carrying any of the given tags', async () => {
    await seed();
    expect([...(await documentsWithTags(['t2']))].sort()).toEqual(['1', '2']);
    expect([...(await documentsWithTags(['t1', 'child']))].sort()).toEqual(['1', '3']);
    expect((await documentsWithTags(['nobody'])).size).toBe(0);
  });
});

describe('dossiers', () => {
  it('creates, renames and refuses empty or duplicate names with the reason', async () => {
    const hdh = await createDossier('  Health  Data Hub ', 5);
    expect(await db.dossiers.get(hdh.id)).toEqual({ id: hdh.id, name: 'Health Data Hub', createdAt: 5 });
    await expect(createDossier('health data hub', 6)).rejects.toMatchObject({ problem: 'taken' });
    await expect(createDossier('   ', 6)).rejects.toBeInstanceOf(DossierNameError);
    const darwin = await createDossier('DARWIN EU', 7);
    await expect(renameDossier(darwin.id, 'Health Data Hub')).rejects.toMatchObject({ problem: 'taken' });
    await renameDossier(darwin.id, 'DARWIN EU – référé');
    expect((await db.dossiers.get(darwin.id))?.name).toBe('DARWIN EU – référé');
    expect(await db.dossiers.count()).toBe(2);
  });

  it('adds and removes documents, a document in several dossiers, and deleting a dossier keeps its documents', async () => {
    await seed();
    const hdh = await createDossier('HDH', 1);
    const darwin = await createDossier('DARWIN', 2);
    expect(await setMembership(['1', '2'], hdh.id, true)).toBe(2);
    expect(await setMembership(['1', '2'], hdh.id, true)).toBe(0);
    await setMembership(['2'], darwin.id, true);
    expect((await db.documents.get('2'))?.dossierIds).toEqual([hdh.id, darwin.id]);
    expect(await db.documents.where('dossierIds').equals(hdh.id).primaryKeys()).toEqual(['1', '2']);
    expect(await setMembership(['1'], hdh.id, false)).toBe(1);
    expect((await db.documents.get('1'))?.dossierIds).toEqual(['old']);

    await deleteDossier(hdh.id);
    expect(await db.dossiers.get(hdh.id)).toBeUndefined();
    expect(await db.documents.count()).toBe(3);
    expect((await db.documents.get('2'))?.dossierIds).toEqual([darwin.id]);
    await expect(setMembership(['3'], hdh.id, true)).rejects.toThrow();
  });

  it('sets one document’s dossiers from the details form, dropping dossiers deleted meanwhile, with its metadata', async () => {
    await seed();
    const hdh = await createDossier('HDH', 1);
    await setDocumentDossiers('3', [hdh.id, 'gone', hdh.id]);
    expect((await db.documents.get('3'))?.dossierIds).toEqual([hdh.id]);
    await saveDetailsAndDossiers('3', { title: 'Renommé' }, [], 9);
    expect(await db.documents.get('3')).toMatchObject({ title: 'Renommé', dossierIds: [], metadataEditedAt: 9 });
    await saveDetailsAndDossiers('2', { title: 'Seul le titre' }, null, 10);
    expect((await db.documents.get('2'))?.dossierIds).toBeUndefined();
  });

  it('a new version of a document stays in its dossiers', async () => {
    await seed();
    const result = await replaceDocumentVersion('1', doc('incoming', { title: 'Nouvelle version' }), [block('n0', 'incoming', 0)], 20);
    expect(result.document.dossierIds).toEqual(['old']);
    expect((await db.documents.get('1'))?.dossierIds).toEqual(['old']);
  });
});

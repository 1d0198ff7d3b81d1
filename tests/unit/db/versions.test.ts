// A new version replaces a document's blocks in one transaction and re-anchors its passages; metadata corrections are kept and cited.
// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db/database';
import { addDocument, documentBlocks } from '../../../renderer/src/db/documents';
import { replaceDocumentVersion, saveDocumentDetails } from '../../../renderer/src/db/versions';
import { anchorPassage, TextIndex } from '../../../shared/anchor';
import { buildLibraryRecords, importSource } from '../../../shared/import';
import { formatPinpointCitation } from '../../../shared/legal/citation';
import type { Annotation } from '../../../shared/model';
import { fixtureText } from '../../fixtures/readFixture';
import { CHANGED_PASSAGE, DELETED_PASSAGE, KEPT_PASSAGE, revisedOrder } from '../../fixtures/revisedOrder';

let n = 0;
const newId = () => `id-${++n}`;
const original = fixtureText('ce-ordonnance-health-data.txt');

async function records(text: string) {
  const imported = await importSource({ name: 'ordonnance.txt', bytes: new TextEncoder().encode(text) }, { window });
  return buildLibraryRecords(imported, { fileName: 'ordonnance.txt', now: 5, newId });
}

afterEach(async () => {
  await db.delete();
  await db.open();
});

describe('replaceDocumentVersion', () => {
  it('swaps the blocks, keeps the id and every passage, and reports their statuses', async () => {
    const first = await records(original);
    await addDocument(first.document, first.blocks);
    const index = TextIndex.of(first.blocks);
    const passages: Annotation[] = [CHANGED_PASSAGE, KEPT_PASSAGE, DELETED_PASSAGE].map((quote) => {
      const start = index.text.indexOf(quote);
      const anchor = anchorPassage(index, index.pointAt(start, 'start'), index.pointAt(start + quote.length, 'end'));
      return { id: newId(), docId: first.document.id, tagIds: ['tag-cloud-act-risk'], anchor, status: 'anchored', createdAt: 1, updatedAt: 1 };
    });
    await db.annotations.bulkAdd(passages);

    const second = await records(revisedOrder(original));
    const result = await replaceDocumentVersion(first.document.id, second.document, second.blocks, 10);

    expect(result).toMatchObject({ anchored: 1, drifted: 1, orphan: 1, document: { id: first.document.id, version: 2 } });
    const stored = await db.documents.get(first.document.id);
    expect(stored).toMatchObject({ contentHash: second.document.contentHash, importedAt: 5, version: 2 });
    expect(await db.documents.count()).toBe(1);
    const blocks = await documentBlocks(first.document.id);
    expect(blocks.map((block) => block.text)).toEqual(second.blocks.map((block) => block.text));
    expect(await db.blocks.count()).toBe(second.blocks.length);
    const statuses = (await db.annotations.where('docId').equals(first.document.id).toArray()).map((passage) => passage.status).sort();
    expect(statuses).toEqual(['anchored', 'drifted', 'orphan']);
  });

  it('keeps the user’s metadata corrections across a new version', async () => {
    const first = await records(original);
    await addDocument(first.document, first.blocks);
    await saveDocumentDetails(first.document.id, { formation: 'juge des référés, statuant seul', caseNumber: '503163, 503164' }, 7);
    const second = await records(revisedOrder(original));
    await replaceDocumentVersion(first.document.id, second.document, second.blocks, 10);
    expect(await db.documents.get(first.document.id)).toMatchObject({ formation: 'juge des référés, statuant seul', caseNumber: '503163, 503164', metadataEditedAt: 7 });
  });

  it('changes nothing when the document is gone', async () => {
    const second = await records(original);
    await expect(replaceDocumentVersion('missing', second.document, second.blocks, 10)).rejects.toThrow('no longer in the library');
    expect(await db.blocks.count()).toBe(0);
  });
});

describe('saveDocumentDetails', () => {
  it('saves corrections, clears emptied fields, and the citation uses them', async () => {
    const first = await records(original);
    await addDocument(first.document, first.blocks);
    await saveDocumentDetails(first.document.id, { court: "Conseil d'État", formation: 'section du contentieux', date: '2025-04-26', ecli: undefined, publication: 'Publié au recueil Lebon' }, 3);
    const stored = (await db.documents.get(first.document.id))!;
    expect(stored).toMatchObject({ formation: 'section du contentieux', date: '2025-04-26', publication: 'Publié au recueil Lebon', metadataEditedAt: 3 });
    expect(stored.ecli).toBeUndefined();
    expect(formatPinpointCitation(stored, '5', 'fr')).toBe('CE, section du contentieux, 26 avril 2025, n° 503163, pt 5');
  });
});

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { db, DERIVED_TABLES } from '../../../../renderer/src/db/database';
import { addDocument } from '../../../../renderer/src/db/documents';
import { replaceDocumentVersion } from '../../../../renderer/src/db/versions';
import { runSearch, type SearchAnswer } from '../../../../renderer/src/search/runSearch';
import { forgetSearchIndex, indexStatus, onIndexStatus, preloadSearchIndex } from '../../../../renderer/src/search/searchIndexService';
import { blocksOf, doc, passage } from '../../search/fixtures';

const found = async (q: string) => {
  const answer: SearchAnswer = await runSearch(q, 50);
  if (answer.kind !== 'results') throw new Error(`no results for ${q}: ${answer.problem}`);
  return answer.documents.map((d) => d.document.id).sort();
};

afterEach(async () => {
  forgetSearchIndex();
  await db.delete();
  await db.open();
});

describe('the stored search index', () => {
  it('is a derived table: left out of backups, emptied by a restore', () => {
    expect(DERIVED_TABLES.has('searchIndex')).toBe(true);
    expect(db.verno).toBeGreaterThanOrEqual(5);
  });

  it('follows imports, note edits, new versions and deletions', async () => {
    await addDocument(doc('a'), blocksOf('a', ['La CNIL autorise l’hébergement.']));
    expect(await found('hebergement')).toEqual(['a']);
    expect(await db.searchIndex.count()).toBe(1);

    await addDocument(doc('b'), blocksOf('b', ['Les autorisations sont limitées.']));
    expect(await found('autorisation')).toEqual(['a', 'b']);

    await db.documents.update('a', { note: 'Réversibilité du versement.' });
    expect(await found('reversibilite')).toEqual(['a']);

    await db.annotations.add(passage('p1', 'b', 'b-b0', { note: 'Argument sur la proportionnalité.' }));
    expect(await found('proportionnalite')).toEqual(['b']);
    await db.annotations.delete('p1');
    expect(await found('proportionnalite')).toEqual([]);

    await replaceDocumentVersion('b', doc('b', { contentHash: 'v2' }), blocksOf('b', ['Le Cloud Act est en cause.']), 2);
    expect(await found('autorisation')).toEqual(['a']);
    expect(await found('"Cloud Act"')).toEqual(['b']);

    await db.transaction('rw', db.documents, db.blocks, db.annotations, async () => {
      await db.blocks.where('docId').equals('a').delete();
      await db.documents.delete('a');
    });
    expect(await found('hebergement')).toEqual([]);
    expect(await db.searchIndex.get('a')).toBeUndefined();
  });

  it('is rebuilt when its table is empty (a restore), and reloaded from it in a new session', async () => {
    await addDocument(doc('a'), blocksOf('a', ['La CNIL autorise l’hébergement.']));
    expect(await found('hebergement')).toEqual(['a']);
    // A restore empties the derived tables without going through the hooks.
    await db.searchIndex.clear();
    expect(await found('cnil')).toEqual(['a']);
    expect(await db.searchIndex.count()).toBe(1);

    // A new session loads the stored units; a document changed while the index was not in memory is made again.
    forgetSearchIndex();
    await db.documents.update('a', { title: 'Délibération Health Data Hub' });
    forgetSearchIndex();
    expect(await found('health')).toEqual(['a']);
    const stored = await db.searchIndex.get('a');
    expect(stored?.units.some((u) => u.kind === 'title')).toBe(true);
  });

  it('notices a passage note written while the index was not in memory', async () => {
    await addDocument(doc('a'), blocksOf('a', ['Texte.']));
    expect(await found('texte')).toEqual(['a']);
    forgetSearchIndex();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await db.annotations.add(passage('p1', 'a', 'a-b0', { note: 'Irréversibilité', updatedAt: Date.now() }));
    forgetSearchIndex();
    expect(await found('irreversibilite')).toEqual(['a']);
  });

  it('loads in the background after start-up, and a restore ending during the load makes it read again', async () => {
    for (const id of ['a', 'b', 'c']) await addDocument(doc(id), blocksOf(id, [`Hébergement ${id} des données.`]));
    expect(await found('hebergement')).toEqual(['a', 'b', 'c']);
    forgetSearchIndex();
    await db.transaction('rw', db.documents, db.blocks, async () => {
      await db.blocks.where('docId').equals('c').delete();
      await db.documents.delete('c');
    });
    const phases: string[] = [];
    let dropped = false;
    let stop = () => {};
    const ready = new Promise<void>((resolve) => {
      stop = onIndexStatus((status) => {
        phases.push(status.phase);
        // The end of a restore drops the index while the load is under way.
        if (status.phase === 'indexing' && !dropped) {
          dropped = true;
          forgetSearchIndex();
        }
        if (status.phase === 'ready') resolve();
      });
    });
    preloadSearchIndex(0);
    await ready;
    stop();
    expect(phases.filter((phase) => phase === 'indexing').length).toBeGreaterThanOrEqual(2);
    expect(indexStatus().phase).toBe('ready');
    expect(await found('hebergement')).toEqual(['a', 'b']);
  });
});

// The rows an import stores: ids and order, NFC text, word count, content hash, title fallback.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildLibraryRecords, countWords, titleFromFileName } from '../../../shared/import';
import type { ImportedDocument } from '../../../shared/model';

function ids(): () => string {
  let next = 0;
  return () => `id-${++next}`;
}

const imported: ImportedDocument = {
  sourceFormat: 'text',
  meta: {},
  blocks: [
    { type: 'heading', level: 1, text: 'Conseil d’E\u0301tat' },
    { type: 'paragraph', text: '1. Aux termes de l’article L. 521-1 – du code.', number: '1', section: 'reasoning' },
  ],
};

describe('buildLibraryRecords', () => {
  it('assigns ids, the document id and the order, and normalises texts to NFC', async () => {
    const { document, blocks } = await buildLibraryRecords(imported, { fileName: 'ordonnance.txt', now: 1745568000000, newId: ids() });
    expect(document.id).toBe('id-1');
    expect(blocks).toEqual([
      { id: 'id-2', docId: 'id-1', order: 0, type: 'heading', level: 1, text: 'Conseil d’État' },
      { id: 'id-3', docId: 'id-1', order: 1, type: 'paragraph', text: '1. Aux termes de l’article L. 521-1 – du code.', number: '1', section: 'reasoning' },
    ]);
    expect(blocks[0]?.text).toBe(blocks[0]?.text.normalize('NFC'));
  });

  it('hashes the NFC text of the blocks joined by \\n with SHA-256', async () => {
    const { document } = await buildLibraryRecords(imported, { fileName: 'a.txt', now: 0, newId: ids() });
    const expected = createHash('sha256').update('Conseil d’État\n1. Aux termes de l’article L. 521-1 – du code.', 'utf8').digest('hex');
    expect(document.contentHash).toBe(expected);
  });

  it('gives the same hash to the same text, whatever the file, format, date or ids', async () => {
    const composed: ImportedDocument = {
      ...imported,
      sourceFormat: 'markdown',
      blocks: imported.blocks.map((block) => ({ ...block, text: block.text.normalize('NFC') })),
    };
    const a = await buildLibraryRecords(imported, { fileName: 'a.txt', now: 1, newId: ids() });
    const b = await buildLibraryRecords(composed, { fileName: 'b.md', now: 2, newId: () => crypto.randomUUID() });
    expect(a.document.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(b.document.contentHash).toBe(a.document.contentHash);
  });

  it('fills the document row from the metadata, leaving out what was not found', async () => {
    const { document } = await buildLibraryRecords(
      { ...imported, meta: { title: ' Titre ', kind: 'ruling', court: "Conseil d'État", date: '2025-04-25', language: 'fr' } },
      { fileName: 'ordonnance.txt', now: 1745568000000, newId: ids() },
    );
    expect(document).toEqual({
      id: 'id-1',
      title: 'Titre',
      kind: 'ruling',
      court: "Conseil d'État",
      date: '2025-04-25',
      sourceFileName: 'ordonnance.txt',
      sourceFormat: 'text',
      language: 'fr',
      wordCount: 11,
      importedAt: 1745568000000,
      contentHash: document.contentHash,
    });
  });

  it('falls back to the file name without its extension, kind other and language und', async () => {
    const { document } = await buildLibraryRecords(imported, { fileName: 'ce-ordonnance-health-data.txt', now: 0, newId: ids() });
    expect(document).toMatchObject({ title: 'ce-ordonnance-health-data', kind: 'other', language: 'und' });
  });
});

describe('titleFromFileName', () => {
  it('drops the extension and any folders', () => {
    expect(titleFromFileName('ce-ordonnance-health-data.txt')).toBe('ce-ordonnance-health-data');
    expect(titleFromFileName('C:\\Dossiers\\Arrêt du 25.04.2025.html')).toBe('Arrêt du 25.04.2025');
    expect(titleFromFileName('/home/avocat/notes.tar.gz')).toBe('notes.tar');
    expect(titleFromFileName('decision')).toBe('decision');
    expect(titleFromFileName('.md')).toBe('.md');
  });
});

describe('countWords', () => {
  it('counts words as a word processor does', () => {
    expect(countWords("L'article L. 521-1 – du code : « 5 000 € »")).toBe(7);
    expect(countWords('')).toBe(0);
  });
});

// Which library document a new import is the same as, or a version of.
import { describe, expect, it } from 'vitest';
import { findSameDocument, pastedTextFile } from '../../../shared/import';
import type { GloseDocument } from '../../../shared/model';

const doc = (id: string, fields: Partial<GloseDocument>): GloseDocument => ({
  id,
  title: `Document ${id}`,
  kind: 'ruling',
  sourceFileName: `${id}.txt`,
  sourceFormat: 'text',
  language: 'fr',
  wordCount: 10,
  importedAt: 1,
  contentHash: `hash-${id}`,
  ...fields,
});

describe('findSameDocument', () => {
  const library = [
    doc('a', { ecli: 'ECLI:FR:CEORD:2025:503163.20250425', court: "Conseil d'État", caseNumber: '503163' }),
    doc('b', { court: 'Tribunal administratif de Paris', caseNumber: '2301234', title: 'TA Paris, 28 mars 2024' }),
    doc('c', { contentHash: 'same-text', kind: 'article', title: 'Note sous CE 2025' }),
  ];

  it('prefers identical text, then ECLI, then court and number, then title', () => {
    expect(findSameDocument(doc('n', { contentHash: 'same-text' }), library)).toMatchObject({ reason: 'sameText', document: { id: 'c' } });
    expect(findSameDocument(doc('n', { ecli: 'ecli:fr:ceord:2025:503163.20250425' }), library)).toMatchObject({ reason: 'sameEcli', document: { id: 'a' } });
    expect(findSameDocument(doc('n', { court: 'Tribunal administratif de Paris', caseNumber: '2301234' }), library)).toMatchObject({ reason: 'sameCase', document: { id: 'b' } });
    expect(findSameDocument(doc('n', { title: 'note sous  CE 2025' }), library)).toMatchObject({ reason: 'sameTitle', document: { id: 'c' } });
  });

  it('finds nothing for a different document, or the same number at another court', () => {
    expect(findSameDocument(doc('n', {}), library)).toBeUndefined();
    expect(findSameDocument(doc('n', { court: 'Tribunal administratif de Lyon', caseNumber: '2301234' }), library)).toBeUndefined();
  });
});

describe('pastedTextFile', () => {
  it('makes a .txt named after the title, safe for file names', () => {
    const file = pastedTextFile('Conseil d’État\n\nN° 503163', 'CE 25/04/2025 : "Health Data Hub"');
    expect(file.name).toBe('CE 25 04 2025 Health Data Hub.txt');
    expect(new TextDecoder().decode(file.bytes)).toBe('Conseil d’État\n\nN° 503163');
    expect(pastedTextFile('x', '  ').name).toBe('texte-colle.txt');
  });
});

import { describe, expect, it } from 'vitest';
import { sortDocuments } from '../../../shared/library';
import { libraryDoc as doc } from './fixtures';

const docs = [
  doc('a', { title: 'Tribunal administratif de Paris, n° 10', court: 'Tribunal administratif de Paris', date: '2024-03-05', importedAt: 3 }),
  doc('b', { title: 'Conseil d’État, n° 9', court: 'Conseil d’État', date: '2025-04-25', importedAt: 1 }),
  doc('c', { title: 'article sur le CLOUD Act', importedAt: 2 }),
  doc('d', { title: 'Cour administrative d’appel de Lyon', court: 'Cour administrative d’appel de Lyon', date: '2024', importedAt: 4 }),
  doc('e', { title: 'Conseil d’État, n° 10', court: 'Conseil d’État', date: '2024-03', importedAt: 5 }),
];
const ids = (list: readonly { id: string }[]) => list.map((d) => d.id).join('');

describe('sorting the library', () => {
  it('orders titles as a French reader does: case and accents secondary, numbers by value', () => {
    expect(ids(sortDocuments(docs, { key: 'title', direction: 'asc' }, 'fr'))).toBe('cbeda');
    expect(ids(sortDocuments(docs, { key: 'title', direction: 'desc' }, 'fr'))).toBe('adebc');
  });

  it('orders decision dates by period, partial dates before the days inside them, undated documents last either way', () => {
    expect(ids(sortDocuments(docs, { key: 'date', direction: 'asc' }, 'fr'))).toBe('deabc');
    expect(ids(sortDocuments(docs, { key: 'date', direction: 'desc' }, 'fr'))).toBe('baedc');
  });

  it('orders courts alphabetically with the title as tie-break, numbers by value, documents without a court last', () => {
    expect(ids(sortDocuments(docs, { key: 'court', direction: 'asc' }, 'fr'))).toBe('bedac');
    expect(ids(sortDocuments(docs, { key: 'court', direction: 'desc' }, 'fr'))).toBe('adebc');
  });

  it('orders by import date both ways and leaves its input untouched', () => {
    const before = ids(docs);
    expect(ids(sortDocuments(docs, { key: 'importedAt', direction: 'desc' }, 'fr'))).toBe('edacb');
    expect(ids(sortDocuments(docs, { key: 'importedAt', direction: 'asc' }, 'fr'))).toBe('bcade');
    expect(ids(docs)).toBe(before);
  });
});

import { describe, expect, it } from 'vitest';
import { changeMembership, checkDossierName, cleanDossierName, dossierCounts, DOSSIER_NAME_MAX, restoreLibraryView, DEFAULT_LIBRARY_VIEW } from '../../../shared/library';
import type { Dossier } from '../../../shared/model';

const dossiers: Dossier[] = [
  { id: 'hdh', name: 'Health Data Hub', createdAt: 1 },
  { id: 'darwin', name: 'DARWIN EU – référé', createdAt: 2 },
];

describe('dossier names', () => {
  it('refuses an empty or blank name', () => {
    expect(checkDossierName(dossiers, '')?.problem).toBe('empty');
    expect(checkDossierName(dossiers, '  \t ')?.problem).toBe('empty');
  });

  it('refuses the name of another dossier, whatever the case, accents or spacing, and names it', () => {
    expect(checkDossierName(dossiers, '  health   data HUB ')).toEqual({ problem: 'taken', other: dossiers[0] });
    expect(checkDossierName(dossiers, 'darwin eu – refere')?.problem).toBe('taken');
  });

  it('lets a dossier keep or re-case its own name when renamed', () => {
    expect(checkDossierName(dossiers, 'HEALTH DATA HUB', 'hdh')).toBeNull();
    expect(checkDossierName(dossiers, 'Health Data Hub', 'darwin')?.problem).toBe('taken');
  });

  it('refuses an over-long name and cleans the spacing of a good one', () => {
    expect(checkDossierName(dossiers, 'x'.repeat(DOSSIER_NAME_MAX + 1))?.problem).toBe('tooLong');
    expect(checkDossierName(dossiers, 'Nouvelle affaire')).toBeNull();
    expect(cleanDossierName('  Affaire \n  CNIL  ')).toBe('Affaire CNIL');
  });
});

describe('dossier membership', () => {
  it('counts documents per dossier, a document in two counting in both, duplicates once', () => {
    const counts = dossierCounts([{ dossierIds: ['hdh'] }, { dossierIds: ['hdh', 'darwin', 'hdh'] }, {}, { dossierIds: [] }]);
    expect(Object.fromEntries(counts)).toEqual({ hdh: 2, darwin: 1 });
  });

  it('adds and removes one dossier, and reports no change as null', () => {
    expect(changeMembership({}, 'hdh', true)).toEqual(['hdh']);
    expect(changeMembership({ dossierIds: ['hdh'] }, 'hdh', true)).toBeNull();
    expect(changeMembership({ dossierIds: ['hdh', 'darwin'] }, 'hdh', false)).toEqual(['darwin']);
    expect(changeMembership({ dossierIds: ['darwin'] }, 'hdh', false)).toBeNull();
  });
});

describe('the saved library view', () => {
  it('comes back as saved', () => {
    const view = { sort: { key: 'court', direction: 'asc' }, filter: { ...DEFAULT_LIBRARY_VIEW.filter, kind: 'ruling', dateFrom: '2024-01-01', dossierId: 'hdh', text: 'CE' } };
    expect(restoreLibraryView(JSON.parse(JSON.stringify(view)))).toEqual(view);
  });

  it('replaces each malformed field by its default and keeps the good ones', () => {
    expect(restoreLibraryView(undefined)).toEqual(DEFAULT_LIBRARY_VIEW);
    expect(restoreLibraryView('nonsense')).toEqual(DEFAULT_LIBRARY_VIEW);
    const restored = restoreLibraryView({ sort: { key: 'passages', direction: 'up' }, filter: { kind: 'poem', dateFrom: '25/04/2025', court: 'Conseil d’État', tagId: 42 } });
    expect(restored.sort).toEqual(DEFAULT_LIBRARY_VIEW.sort);
    expect(restored.filter).toEqual({ ...DEFAULT_LIBRARY_VIEW.filter, court: 'Conseil d’État' });
  });
});

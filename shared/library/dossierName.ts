// Checks a dossier name before it is created or renamed: not empty, not too long, not another dossier's name.
import type { Dossier } from '../model';

export const DOSSIER_NAME_MAX = 120;
export type DossierNameProblem = 'empty' | 'tooLong' | 'taken';

/** The name as stored: inner runs of spaces collapsed, ends trimmed, NFC. */
export function cleanDossierName(name: string): string {
  return name.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Two names that differ only by case, accents or spacing name the same matter for a jurist (`Dossier HDH` / `dossier hdh`). */
export function dossierNameKey(name: string): string {
  return cleanDossierName(name).normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fr');
}

/** The problem with `name`, or null if it can be used; `exceptId` is the dossier being renamed. */
export function checkDossierName(dossiers: readonly Dossier[], name: string, exceptId?: string): { problem: DossierNameProblem; other?: Dossier } | null {
  const clean = cleanDossierName(name);
  if (!clean) return { problem: 'empty' };
  if (clean.length > DOSSIER_NAME_MAX) return { problem: 'tooLong' };
  const key = dossierNameKey(clean);
  const other = dossiers.find((d) => d.id !== exceptId && dossierNameKey(d.name) === key);
  return other ? { problem: 'taken', other } : null;
}

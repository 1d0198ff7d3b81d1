// Which documents sit in which dossier: counts for the sidebar and the membership edits, as pure functions.
import type { GloseDocument } from '../model';

/** The dossier ids of a document, without duplicates; rows written before version 4 have none. */
export function dossierIdsOf(document: Pick<GloseDocument, 'dossierIds'>): string[] {
  return Array.isArray(document.dossierIds) ? [...new Set(document.dossierIds.filter((id) => typeof id === 'string'))] : [];
}

/** How many documents each dossier holds. */
export function dossierCounts(documents: readonly Pick<GloseDocument, 'dossierIds'>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const document of documents) for (const id of dossierIdsOf(document)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/** The document's dossier ids with `dossierId` added (`add`) or removed; null when nothing changes, so no write is made. */
export function changeMembership(document: Pick<GloseDocument, 'dossierIds'>, dossierId: string, add: boolean): string[] | null {
  const ids = dossierIdsOf(document);
  const has = ids.includes(dossierId);
  if (add === has) return null;
  return add ? [...ids, dossierId] : ids.filter((id) => id !== dossierId);
}

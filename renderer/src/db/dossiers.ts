// Dossiers and their members: create, rename, delete (the documents stay), add and remove documents, each one transaction.
import { changeMembership, checkDossierName, cleanDossierName, dossierIdsOf, type DossierNameProblem } from '../../../shared/library';
import type { Dossier } from '../../../shared/model';
import { db } from './database';
import { newId } from './ids';
import { saveDocumentDetails } from './versions';

/** A name the library refuses; the view turns `problem` into a message. */
export class DossierNameError extends Error {
  constructor(
    readonly problem: DossierNameProblem,
    readonly other?: Dossier,
  ) {
    super(`Dossier name refused: ${problem}`);
  }
}

export function listDossiers(): Promise<Dossier[]> {
  return db.dossiers.toArray();
}

/** The name is checked inside the transaction, so two windows cannot create the same dossier twice. */
export async function createDossier(name: string, now: number): Promise<Dossier> {
  return db.transaction('rw', db.dossiers, async () => {
    const problem = checkDossierName(await db.dossiers.toArray(), name);
    if (problem) throw new DossierNameError(problem.problem, problem.other);
    const dossier: Dossier = { id: newId(), name: cleanDossierName(name), createdAt: now };
    await db.dossiers.add(dossier);
    return dossier;
  });
}

export async function renameDossier(id: string, name: string): Promise<void> {
  await db.transaction('rw', db.dossiers, async () => {
    const problem = checkDossierName(await db.dossiers.toArray(), name, id);
    if (problem) throw new DossierNameError(problem.problem, problem.other);
    const updated = await db.dossiers.update(id, { name: cleanDossierName(name) });
    if (updated === 0) throw new Error(`Dossier ${id} no longer exists.`);
  });
}

/** Removes the dossier and its mention from every member; the documents themselves stay in the library. */
export async function deleteDossier(id: string): Promise<number> {
  return db.transaction('rw', db.dossiers, db.documents, async () => {
    const members = await db.documents.where('dossierIds').equals(id).modify((doc) => {
      doc.dossierIds = dossierIdsOf(doc).filter((other) => other !== id);
    });
    await db.dossiers.delete(id);
    return members;
  });
}

/** Adds (`add`) or removes the documents from the dossier; returns how many documents changed. */
export async function setMembership(docIds: readonly string[], dossierId: string, add: boolean): Promise<number> {
  return db.transaction('rw', db.dossiers, db.documents, async () => {
    if (add && !(await db.dossiers.get(dossierId))) throw new Error(`Dossier ${dossierId} no longer exists.`);
    let changed = 0;
    for (const doc of await db.documents.bulkGet([...docIds])) {
      if (!doc) continue;
      const next = changeMembership(doc, dossierId, add);
      if (!next) continue;
      await db.documents.update(doc.id, { dossierIds: next });
      changed += 1;
    }
    return changed;
  });
}

/** Sets exactly which dossiers one document is in (the Details dialog); ids of dossiers deleted meanwhile are dropped. */
export async function setDocumentDossiers(docId: string, dossierIds: readonly string[]): Promise<void> {
  await db.transaction('rw', db.dossiers, db.documents, async () => {
    const existing = new Set((await db.dossiers.bulkGet([...dossierIds])).filter((d): d is Dossier => d !== undefined).map((d) => d.id));
    const updated = await db.documents.update(docId, { dossierIds: [...new Set(dossierIds)].filter((id) => existing.has(id)) });
    if (updated === 0 && !(await db.documents.get(docId))) throw new Error(`Document ${docId} is no longer in the library.`);
  });
}

/** The Details dialog's save: corrected metadata and dossier membership together, all or nothing. */
export async function saveDetailsAndDossiers(id: string, changes: Parameters<typeof saveDocumentDetails>[1], dossierIds: readonly string[] | null, now: number): Promise<void> {
  await db.transaction('rw', db.documents, db.dossiers, async () => {
    await saveDocumentDetails(id, changes, now);
    if (dossierIds) await setDocumentDossiers(id, dossierIds);
  });
}

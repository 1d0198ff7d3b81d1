// Reads and writes of passages; the annotations table is the truth the reader draws its marks from.
import type { Annotation } from '../../../shared/model';
import { db } from './database';

export function documentPassages(docId: string): Promise<Annotation[]> {
  return db.annotations.where('docId').equals(docId).toArray();
}

export async function addPassage(passage: Annotation): Promise<void> {
  await db.annotations.add(passage);
}

export async function removePassage(id: string): Promise<void> {
  await db.annotations.delete(id);
}

// Whether a live answer says the same as the snapshot the reader opened with, so that it does not redraw 2,000 passages for nothing.
import type { Annotation, GloseDocument, Tag } from '../../../shared/model';

/** Every write to a passage (tagging, note, stance, re-anchoring, undo) gives it a new updatedAt or a new status. */
export function samePassages(a: readonly Annotation[], b: readonly Annotation[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as Annotation;
    const y = b[i] as Annotation;
    if (x.id !== y.id || x.updatedAt !== y.updatedAt || x.status !== y.status) return false;
  }
  return true;
}

/** A handful of rows: compared whole. */
export const sameTags = (a: readonly Tag[], b: readonly Tag[]): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

export const sameDocument = (a: GloseDocument | null, b: GloseDocument | null): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

// Which of two ticked documents is A and which is B when the library opens a comparison: the older one first.
import type { GloseDocument } from '../model';

type Dated = Pick<GloseDocument, 'id' | 'date' | 'importedAt'>;

/**
 * A is the earlier decision by decision date; when either date is missing or both are the same day,
 * the one imported first. A comparison reads "how the reasoning moved", so the earlier text is the base.
 */
export function orderForComparison(x: Dated, y: Dated): [string, string] {
  if (x.date && y.date && x.date !== y.date) return x.date < y.date ? [x.id, y.id] : [y.id, x.id];
  if (x.importedAt !== y.importedAt) return x.importedAt < y.importedAt ? [x.id, y.id] : [y.id, x.id];
  return [x.id, y.id];
}

/** The hash route of the comparison view: A alone asks for B. */
export function compareHash(a: string, b?: string): string {
  return b === undefined ? `#/compare/${encodeURIComponent(a)}` : `#/compare/${encodeURIComponent(a)}/${encodeURIComponent(b)}`;
}

// Orders the library: by title, court, decision date or import date, either way; documents missing the key go last.
import type { GloseDocument } from '../model';

export const SORT_KEYS = ['title', 'court', 'date', 'importedAt'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';
export interface LibrarySort {
  key: SortKey;
  direction: SortDirection;
}

/**
 * A stable sort that never mutates its input. Titles and courts compare as a French reader expects
 * (accents secondary, `n° 9` before `n° 10`); dates as ISO strings, so `2024` sits before `2024-03-01`.
 * A document without a court or a date is listed after the others in both directions: an unknown
 * date is not "the oldest". Ties fall back to the title, then the id, so the order never flickers.
 */
export function sortDocuments<T extends Pick<GloseDocument, 'id' | 'title' | 'court' | 'date' | 'importedAt'>>(documents: readonly T[], sort: LibrarySort, lang: string): T[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const sign = sort.direction === 'asc' ? 1 : -1;
  const byTitle = (a: T, b: T) => collator.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const compareKey = (a: T, b: T): number => {
    switch (sort.key) {
      case 'title':
        return 0;
      case 'importedAt':
        return a.importedAt - b.importedAt;
      case 'court':
        return collator.compare(a.court ?? '', b.court ?? '');
      case 'date':
        return (a.date ?? '') < (b.date ?? '') ? -1 : (a.date ?? '') > (b.date ?? '') ? 1 : 0;
    }
  };
  const missing = (doc: T) => (sort.key === 'court' ? !doc.court?.trim() : sort.key === 'date' ? !doc.date : false);
  return [...documents].sort((a, b) => {
    const ma = missing(a);
    const mb = missing(b);
    if (ma !== mb) return ma ? 1 : -1;
    return sign * (compareKey(a, b) || byTitle(a, b));
  });
}

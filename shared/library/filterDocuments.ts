// Narrows the library: kind, court, decision date, import date, dossier, tag (through the documents carrying it) and a text.
import type { DocumentKind, GloseDocument } from '../model';
import { fold } from '../legal/fold';
import { dossierIdsOf } from './dossierMembership';

export interface LibraryFilter {
  /** Words that must all appear in the title, court, case number or ECLI (accents and case ignored). */
  text: string;
  kind: DocumentKind | '';
  /** Exact court name as stored, or '' for any. */
  court: string;
  /** Decision date range, ISO `YYYY-MM-DD`, either end optional. */
  dateFrom: string;
  dateTo: string;
  /** Import date range, ISO `YYYY-MM-DD` in local time, either end optional. */
  importedFrom: string;
  importedTo: string;
  /** A tag id: documents having at least one passage with this tag or one of its sub-tags. */
  tagId: string;
  /** A dossier id, or '' for the whole library. */
  dossierId: string;
}

export const NO_FILTER: LibraryFilter = { text: '', kind: '', court: '', dateFrom: '', dateTo: '', importedFrom: '', importedTo: '', tagId: '', dossierId: '' };

/** True when a filter other than the dossier narrows the list (the dossier is chosen in the sidebar, not the filter bar). */
export function isFiltering(filter: LibraryFilter): boolean {
  return (Object.keys(NO_FILTER) as (keyof LibraryFilter)[]).some((key) => key !== 'dossierId' && filter[key] !== NO_FILTER[key]);
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** The first and last day a partial ISO date (`2024`, `2024-03`, `2024-03-05`) can mean, as `YYYY-MM-DD`. */
export function datePeriod(date: string): [string, string] | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(date);
  if (!match) return null;
  const [, year, month, day] = match as unknown as [string, string, string | undefined, string | undefined];
  if (day) return [date, date];
  if (month) {
    const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return [`${year}-${month}-01`, `${year}-${month}-${String(last).padStart(2, '0')}`];
  }
  return [`${year}-01-01`, `${year}-12-31`];
}

/** Local midnight of an ISO day, in epoch milliseconds; `end` gives the last millisecond of that day. */
function localDay(iso: string, end: boolean): number | null {
  const match = ISO_DAY.exec(iso);
  if (!match) return null;
  const [, y, m, d] = match as unknown as [string, string, string, string];
  return end ? new Date(Number(y), Number(m) - 1, Number(d) + 1).getTime() - 1 : new Date(Number(y), Number(m) - 1, Number(d)).getTime();
}

/**
 * The documents that pass every filter, in the order given. `taggedDocIds` is the set of documents carrying
 * the filter's tag (looked up in the passages by the caller); while it is unknown, a tag filter lets nothing through
 * rather than everything, so the list never shows documents that do not match.
 */
export function filterDocuments<T extends GloseDocument>(documents: readonly T[], filter: LibraryFilter, taggedDocIds?: ReadonlySet<string>): T[] {
  const words = fold(filter.text).split(/\s+/u).filter(Boolean);
  const from = filter.dateFrom && ISO_DAY.test(filter.dateFrom) ? filter.dateFrom : '';
  const to = filter.dateTo && ISO_DAY.test(filter.dateTo) ? filter.dateTo : '';
  const importedFrom = localDay(filter.importedFrom, false);
  const importedTo = localDay(filter.importedTo, true);
  return documents.filter((doc) => {
    if (filter.kind && doc.kind !== filter.kind) return false;
    if (filter.court && doc.court !== filter.court) return false;
    if (filter.dossierId && !dossierIdsOf(doc).includes(filter.dossierId)) return false;
    if (filter.tagId && !taggedDocIds?.has(doc.id)) return false;
    if (from || to) {
      // A document dated only by its year or month matches when that period meets the range.
      const period = doc.date ? datePeriod(doc.date) : null;
      if (!period) return false;
      if (from && period[1] < from) return false;
      if (to && period[0] > to) return false;
    }
    if (importedFrom !== null && doc.importedAt < importedFrom) return false;
    if (importedTo !== null && doc.importedAt > importedTo) return false;
    if (words.length > 0) {
      const haystack = fold([doc.title, doc.court, doc.caseNumber, doc.ecli, doc.parties].filter(Boolean).join(' \u0000 '));
      if (!words.every((word) => haystack.includes(word))) return false;
    }
    return true;
  });
}

/** The courts present in the library, for the court filter, in the reader's alphabetical order. */
export function libraryCourts(documents: readonly Pick<GloseDocument, 'court'>[], lang: string): string[] {
  const courts = new Set<string>();
  for (const doc of documents) if (doc.court?.trim()) courts.add(doc.court);
  return [...courts].sort(new Intl.Collator(lang, { sensitivity: 'base', numeric: true }).compare);
}

// The library's sort and filters as saved in settings, and the restore step that accepts only a well-formed value.
import type { DocumentKind } from '../model';
import { NO_FILTER, type LibraryFilter } from './filterDocuments';
import { SORT_KEYS, type LibrarySort } from './sortDocuments';

export const LIBRARY_VIEW_SETTING = 'library.view';

export interface LibraryViewState {
  sort: LibrarySort;
  filter: LibraryFilter;
}

export const DEFAULT_LIBRARY_VIEW: LibraryViewState = { sort: { key: 'importedAt', direction: 'desc' }, filter: NO_FILTER };

const KINDS: readonly (DocumentKind | '')[] = ['', 'ruling', 'article', 'statute', 'other'];
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/u;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown, max = 500) => (typeof value === 'string' ? value.slice(0, max) : '');
const day = (value: unknown) => (typeof value === 'string' && ISO_DAY.test(value) ? value : '');

/**
 * Whatever was stored (an older shape, a hand-edited backup, nothing) becomes a valid view: each field
 * that does not check out falls back to its default on its own, so one bad field does not reset the rest.
 */
export function restoreLibraryView(value: unknown): LibraryViewState {
  if (!isRecord(value)) return DEFAULT_LIBRARY_VIEW;
  const sort = isRecord(value.sort) ? value.sort : {};
  const filter = isRecord(value.filter) ? value.filter : {};
  const key = SORT_KEYS.find((k) => k === sort.key) ?? DEFAULT_LIBRARY_VIEW.sort.key;
  const direction = sort.direction === 'asc' || sort.direction === 'desc' ? sort.direction : DEFAULT_LIBRARY_VIEW.sort.direction;
  const kind = KINDS.find((k) => k === filter.kind) ?? '';
  return {
    sort: { key, direction },
    filter: {
      text: text(filter.text),
      kind,
      court: text(filter.court),
      dateFrom: day(filter.dateFrom),
      dateTo: day(filter.dateTo),
      importedFrom: day(filter.importedFrom),
      importedTo: day(filter.importedTo),
      tagId: text(filter.tagId, 200),
      dossierId: text(filter.dossierId, 200),
    },
  };
}

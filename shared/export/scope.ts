// What an export covers and how it is cut: scope, filters, grouping, format and citation style (plain data, shared by every view).
import type { Lang } from '../i18n';
import type { PassageRole, Stance } from '../model';

/**
 * Which passages an export starts from. Other views open the export dialog with one of these:
 * the reader with its document, the library with its selection, search with the passages it found.
 */
export type ExportScope =
  | { kind: 'library' }
  | { kind: 'documents'; docIds: string[] }
  | { kind: 'passages'; passageIds: string[]; /** Shown in the dialog, e.g. the search query. */ label?: string };

export interface ExportFilters {
  /** Empty: every passage, tagged or not. */
  tagIds: string[];
  /** `any`: a passage carrying one of the tags; `all`: one carrying each of them. */
  tagMatch: 'any' | 'all';
  /** A tag stands for its sub-tags too, as the codebook nests them. */
  includeSubTags: boolean;
  /** Empty: every role. `none` stands for the passages without a role. */
  roles: Array<PassageRole | 'none'>;
  /** Empty: every stance. A passage without a stance counts as `undecided`, as the reader shows it. */
  stances: Stance[];
  /** ISO dates (`YYYY-MM-DD`) of the decision, inclusive; a document without a date is left out once either is set. */
  dateFrom?: string;
  dateTo?: string;
  /** Courts as the documents spell them; empty: every court. */
  courts: string[];
}

export const NO_FILTERS: ExportFilters = { tagIds: [], tagMatch: 'any', includeSubTags: true, roles: [], stances: [], courts: [] };

export type ExportGrouping = 'tag' | 'document' | 'role';
export const EXPORT_GROUPINGS: readonly ExportGrouping[] = ['tag', 'document', 'role'];

export type ExportFormat = 'markdown' | 'csv' | 'docx' | 'html' | 'pdf' | 'jsonld' | 'qdpx';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['docx', 'pdf', 'markdown', 'html', 'csv', 'jsonld', 'qdpx'];

export interface ExportOptions {
  grouping: ExportGrouping;
  /** Language of the headings and labels of the file. */
  lang: Lang;
  /** How citations are written: French (`CE, 25 avril 2025, n° 503163, pt 7`) or English (`para. 7`). */
  citationStyle: Lang;
  /** CSV only: `;` for spreadsheets set to French, where `,` is the decimal mark. */
  csvSeparator: ',' | ';';
  /** Title of the file; the dialog derives it from the scope. */
  title: string;
  now: Date;
  /** IANA zone of the "exported on" date; the system's when absent (tests pin it). */
  timeZone?: string;
}

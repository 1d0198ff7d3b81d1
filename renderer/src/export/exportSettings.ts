// The dialog's choices, kept for the session: a jurist exporting several times wants the same format and filters back.
import { NO_FILTERS, type ExportFilters, type ExportFormat, type ExportGrouping } from '../../../shared/export';
import type { Lang } from '../../../shared/i18n';

export interface ExportChoices {
  filters: ExportFilters;
  grouping: ExportGrouping;
  format: ExportFormat;
  citationStyle: Lang;
  csvSeparator: ',' | ';';
}

let remembered: ExportChoices | null = null;

/** French spreadsheets read `;`; the citation style follows the interface until the user picks one. */
export function initialChoices(lang: Lang): ExportChoices {
  return remembered ?? { filters: NO_FILTERS, grouping: 'tag', format: 'docx', citationStyle: lang, csvSeparator: lang === 'fr' ? ';' : ',' };
}

export function rememberChoices(choices: ExportChoices): void {
  remembered = choices;
}

// An argument list as CSV for spreadsheets: one row per passage and tag, UTF-8 BOM, formulas defused, `,` or `;`.
import Papa from 'papaparse';
import { tagDisplayName, translate, type MessageKey } from '../i18n';
import type { ArgumentList, ExportEntry } from './argumentList';
import { noteOf } from './entryLabels';

const COLUMNS = [
  'tag',
  'quote',
  'citation',
  'document',
  'court',
  'formation',
  'date',
  'caseNumber',
  'ecli',
  'paragraph',
  'page',
  'role',
  'stance',
  'note',
  'passageId',
  'documentId',
] as const;

/**
 * A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a tab or return before one) is
 * prefixed with an apostrophe, as OWASP advises: a quote from a ruling must never execute `=HYPERLINK(…)`.
 */
const FORMULA = /^[=+\-@\t\r]/;

export function escapeFormula(cell: string): string {
  return FORMULA.test(cell) ? `'${cell}` : cell;
}

export function exportCsv(list: ArgumentList): string {
  const { lang } = list.options;
  const tagPath = (tagId: string): string => {
    const byId = new Map(list.tags.map((tag) => [tag.id, tag]));
    const names: string[] = [];
    let current = byId.get(tagId);
    const seen = new Set<string>();
    while (current && !seen.has(current.id)) {
      seen.add(current.id);
      names.unshift(tagDisplayName(current, lang) || current.id);
      current = current.parentId ? byId.get(current.parentId) : undefined;
    }
    return names.join(' › ');
  };
  const row = (entry: ExportEntry, tag: string): string[] => {
    const { passage, document } = entry;
    return [
      tag,
      passage.anchor.quote.exact,
      entry.citation,
      document.title,
      document.court ?? '',
      document.formation ?? '',
      document.date ?? '',
      document.caseNumber ?? '',
      document.ecli ?? '',
      entry.paragraph ?? '',
      entry.page === undefined ? '' : String(entry.page),
      passage.role ? translate(lang, `role.${passage.role}`) : '',
      translate(lang, `stance.${passage.stance ?? 'undecided'}`),
      noteOf(entry) ?? '',
      passage.id,
      document.id,
    ].map(escapeFormula);
  };
  const rows: string[][] = [COLUMNS.map((column) => translate(lang, `export.csv.${column}` as MessageKey))];
  for (const entry of list.entries) {
    if (entry.tags.length === 0) rows.push(row(entry, ''));
    for (const tag of entry.tags) rows.push(row(entry, tagPath(tag.id)));
  }
  // The BOM makes Excel read UTF-8 (accents) instead of the system's legacy code page.
  return `\ufeff${Papa.unparse(rows, { delimiter: list.options.csvSeparator, newline: '\r\n', quotes: false })}\r\n`;
}

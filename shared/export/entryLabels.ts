// The words that go with a passage in every format: its role and stance, and the list's counts, in the file's language.
import { translate, type Lang } from '../i18n';
import type { ArgumentList, ExportEntry } from './argumentList';

/** `Court’s reasoning · Rejected`; empty when neither is set (a stance left undecided says nothing). */
export function roleAndStance(entry: ExportEntry, lang: Lang): string {
  const { role, stance } = entry.passage;
  return [role ? translate(lang, `role.${role}`) : '', stance && stance !== 'undecided' ? translate(lang, `stance.${stance}`) : ''].filter(Boolean).join(' · ');
}

/** `12 passages from 3 documents`. */
export function listSummary(list: ArgumentList): string {
  const { passages, documents } = list.totals ?? { passages: list.entries.length, documents: list.documents.length };
  return translate(list.options.lang, 'export.summary', { passages: String(passages), documents: String(documents) });
}

/** The note as plain text, trimmed; undefined when there is none. */
export function noteOf(entry: ExportEntry): string | undefined {
  const note = entry.passage.note?.trim();
  return note ? note : undefined;
}

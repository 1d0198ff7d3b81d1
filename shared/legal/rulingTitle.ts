// Builds the usual French way of citing a ruling, used as its title when the file gives none.
import type { DraftMeta } from '../model';
import { formatFrenchDate } from './frenchDates';

/**
 * `Conseil d'État, juge des référés, 25 avril 2025, n° 503163`, from whatever was found. Needs
 * at least the court: without it a date and a number identify nothing.
 */
export function buildRulingTitle(meta: DraftMeta): string | undefined {
  if (!meta.court) return undefined;
  const parts = [meta.court, meta.formation, meta.date ? formatDate(meta.date, meta.language) : undefined];
  // Court of Justice case numbers (`C-311/18`) are cited without `n°`.
  if (meta.caseNumber) parts.push(/^[CT]-/u.test(meta.caseNumber) ? meta.caseNumber : `n° ${meta.caseNumber}`);
  return parts.filter((part): part is string => Boolean(part)).join(', ');
}

const ENGLISH_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A judgment read in English is cited with an English date (`16 July 2020`). */
function formatDate(iso: string, language: string | undefined): string {
  const time = Date.parse(`${iso}T00:00:00Z`);
  return language === 'en' && !Number.isNaN(time) ? ENGLISH_DATE.format(time) : formatFrenchDate(iso);
}

// Shows a decision date as the reader's language writes it, keeping only the precision the document gives (year, month or day).
export function formatDecisionDate(iso: string, lang: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  // Noon UTC, formatted in UTC: the day printed is the day stored, whatever the machine's time zone.
  const date = new Date(Date.UTC(Number(year), month ? Number(month) - 1 : 0, day ? Number(day) : 1, 12));
  const options: Intl.DateTimeFormatOptions = day ? { dateStyle: 'medium', timeZone: 'UTC' } : month ? { month: 'long', year: 'numeric', timeZone: 'UTC' } : { year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(lang, options).format(date);
}

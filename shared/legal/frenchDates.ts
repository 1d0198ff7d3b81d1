// Reads and writes the dates of French rulings (`Lecture du vendredi 25 avril 2025`, `1er mars 2024`, `25/04/2025`).

const MONTHS: Readonly<Record<string, number>> = {
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11,
  decembre: 12,
  // English names, for judgments of the Court of Justice read in English.
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11,
  december: 12,
};

const MONTH_NAMES_FR = [
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
] as const;

// `25 avril 2025`, `1er mars 2024`, `1 er mars`, `25 AVRIL 2025`, with any kind of space
// (PDF and Word exports put non-breaking spaces between day, month and year).
const LONG_DATE = /(?<![\p{L}\p{N}])(\d{1,2})(?:\s?(?:er|re|ᵉʳ))?\s+(\p{L}+)\s+(\d{4})(?!\p{N})/gu;
// `25/04/2025`, `25.04.2025`, `25-04-2025` (Légifrance titles use the first form).
const NUMERIC_DATE = /(?<![\p{N}/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\p{N}/.-])/gu;
// `2025-04-25`, with or without a time after it (HTML `datetime`, `article:published_time`).
const ISO_DATE = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/u;

export interface FoundDate {
  /** `YYYY-MM-DD`. */
  iso: string;
  /** Where the date was found in the searched text. */
  index: number;
  length: number;
}

/** Every valid date written in words or digits in `text`, in order of appearance. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const match of text.matchAll(LONG_DATE)) {
    const month = MONTHS[foldMonth(match[2] ?? '')];
    const iso = month ? isoDate(Number(match[3]), month, Number(match[1])) : null;
    if (iso) found.push({ iso, index: match.index, length: match[0].length });
  }
  for (const match of text.matchAll(NUMERIC_DATE)) {
    const iso = isoDate(Number(match[3]), Number(match[2]), Number(match[1]));
    if (iso) found.push({ iso, index: match.index, length: match[0].length });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The first date in `text`, as `YYYY-MM-DD`, or undefined. */
export function findFirstDate(text: string): string | undefined {
  return findDates(text)[0]?.iso;
}

/** A date given in any usual form (ISO timestamp, French words, digits) as `YYYY-MM-DD`. */
export function toIsoDate(value: string): string | undefined {
  const iso = ISO_DATE.exec(value);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) ?? undefined;
  return findFirstDate(value);
}

/** `2025-04-25` → `25 avril 2025`; `2024-03-01` → `1er mars 2024` (French typography). */
export function formatFrenchDate(iso: string): string {
  const match = ISO_DATE.exec(iso);
  if (!match) return iso;
  const day = Number(match[3]);
  const month = MONTH_NAMES_FR[Number(match[2]) - 1];
  if (!month) return iso;
  return `${day === 1 ? '1er' : day} ${month} ${match[1]}`;
}

function foldMonth(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1000) return null;
  // Date.UTC rolls 31 April over to 1 May; a date that rolls over does not exist.
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Pinpoint citations of a document and paragraph, as French and English briefs write them (DESIGN.md §7).
import type { Lang } from '../i18n';
import type { GloseDocument } from '../model';

/**
 * Citation conventions, not interface wording: kept here rather than in the dictionary so a
 * change of UI copy can never alter how a ruling is cited in a brief.
 */
interface CitationStyle {
  months: readonly string[];
  day: (day: number) => string;
  caseNumber: string;
  paragraph: string;
  page: string;
}

const STYLES: Record<Lang, CitationStyle> = {
  fr: {
    months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    day: (day) => (day === 1 ? '1er' : String(day)),
    caseNumber: 'n°',
    paragraph: 'pt',
    page: 'p.',
  },
  en: {
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    day: (day) => String(day),
    caseNumber: 'No',
    paragraph: 'para.',
    page: 'p.',
  },
};

/** How a court's name joins its seat: `de Paris`, `d'Amiens`, `de la Réunion`, `du Havre`. */
const SEAT = "(?:de la |de l'|du |des |de |d')(.+)";

/** Abbreviations legal writing uses for the courts a jurist cites most; names as shared/legal/courts.ts spells them. */
const COURTS: ReadonlyArray<readonly [RegExp, (match: RegExpMatchArray) => string]> = [
  [/^conseil d'[ée]tat$/i, () => 'CE'],
  [/^cour de cassation$/i, () => 'Cass.'],
  [/^conseil constitutionnel$/i, () => 'Cons. const.'],
  [/^cour de justice de l'union europ[ée]enne$/i, () => 'CJUE'],
  [/^court of justice of the european union$/i, () => 'CJEU'],
  [/^cour europ[ée]enne des droits de l'homme$/i, () => 'CEDH'],
  [new RegExp(`^cour administrative d'appel ${SEAT}$`, 'i'), (m) => `CAA ${m[1]}`],
  [new RegExp(`^tribunal administratif ${SEAT}$`, 'i'), (m) => `TA ${m[1]}`],
  [new RegExp(`^cour d'appel ${SEAT}$`, 'i'), (m) => `CA ${m[1]}`],
  [new RegExp(`^tribunal judiciaire ${SEAT}$`, 'i'), (m) => `TJ ${m[1]}`],
];

/**
 * `CE, juge des référés, 25 avril 2025, n° 503163, pt 7` for a ruling; `Title, date, pt 7`
 * for anything else. The ECLI is cited only when there is no case number to identify the
 * decision. Missing fields are left out; `paragraph` is omitted for the whole document; `page`
 * (a PDF's or a scan's) comes last.
 */
export function formatPinpointCitation(doc: GloseDocument, paragraph: string | undefined, lang: Lang, page?: number): string {
  const style = STYLES[lang];
  // The page follows the point (`pt 7, p. 3`): in a PDF it is what lets a reader find the passage.
  const pinpoint = [clean(paragraph) ? `${style.paragraph} ${clean(paragraph)}` : '', page !== undefined && Number.isInteger(page) && page > 0 ? `${style.page} ${page}` : '']
    .filter(Boolean)
    .join(', ');
  const court = abbreviateCourt(clean(doc.court));
  const id = identifier(doc, style);
  const date = formatCitationDate(doc.date, lang);
  // A ruling known by neither court nor number is cited by its title: a date alone identifies nothing.
  const parts = doc.kind === 'ruling' && (court || id) ? [court, lowerFormation(clean(doc.formation)), date, id] : [clean(doc.title), date];
  return [...parts, pinpoint].filter(Boolean).join(', ');
}

/** The case number; the ECLI only stands in for a missing number, as briefs rarely cite both. */
function identifier(doc: GloseDocument, style: CitationStyle): string {
  // The importer may keep the printed `N° `; the style adds its own.
  const caseNumber = clean(doc.caseNumber).replace(/^(?:n°s?\s*|nos?\.\s*|nos?\s+)/i, '');
  if (caseNumber) return `${style.caseNumber} ${caseNumber}`;
  const ecli = clean(doc.ecli);
  return ecli && !/^ecli:/i.test(ecli) ? `ECLI:${ecli}` : ecli;
}

/** `25 avril 2025` / `25 April 2025` from an ISO date; a partial date keeps what it has. */
export function formatCitationDate(iso: string | undefined, lang: Lang): string {
  const value = clean(iso);
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return value;
  const style = STYLES[lang];
  const [, year, month, day] = match;
  const monthName = month ? style.months[Number(month) - 1] : undefined;
  if (month && !monthName) return value;
  const dayNumber = day ? Number(day) : 0;
  if (day && (dayNumber < 1 || dayNumber > 31)) return value;
  return [day ? style.day(dayNumber) : '', monthName ?? '', year].filter(Boolean).join(' ');
}

export function abbreviateCourt(court: string): string {
  const key = court.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
  for (const [pattern, abbreviation] of COURTS) {
    const match = pattern.exec(key);
    // The city is taken from the original text so its capitals survive.
    if (match) return abbreviation(match);
  }
  return court;
}

/**
 * Formations are common nouns in French citations (`juge des référés`, `section du
 * contentieux`); a header may print them capitalised or in capitals. A name with capitals
 * past its first letter (`First Chamber`, `CHR`) is a proper name or an acronym and stays,
 * the rule the legal pass follows when it reads the formation (metadata.ts).
 */
function lowerFormation(formation: string): string {
  const capitals = !/\p{Ll}/u.test(formation);
  if (capitals && formation.includes(' ')) return formation.toLocaleLowerCase('fr');
  const rest = formation.slice(1);
  return rest === rest.toLocaleLowerCase('fr') ? formation.charAt(0).toLocaleLowerCase('fr') + rest : formation;
}

function clean(value: string | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

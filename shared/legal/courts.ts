// Names the court of a ruling from its header line or its ECLI, in the court's own spelling.
import { fold } from './fold';

interface CourtPattern {
  /** Runs on folded text (fold.ts), anchored at the start of a header block. */
  pattern: RegExp;
  name: string;
  /** The court sits in a place named after the pattern (`… de Paris`). */
  withPlace?: boolean;
}

const CONNECTOR = "(de la |de l'|du |des |de |d')";

const COURTS: readonly CourtPattern[] = [
  { pattern: /^(?:le )?conseil d'etat\b/u, name: "Conseil d'État" },
  { pattern: new RegExp(`^(?:la )?cour administrative d'appel ${CONNECTOR}`, 'u'), name: "Cour administrative d'appel", withPlace: true },
  { pattern: new RegExp(`^(?:le )?tribunal administratif ${CONNECTOR}`, 'u'), name: 'Tribunal administratif', withPlace: true },
  { pattern: /^(?:la )?cour de cassation\b/u, name: 'Cour de cassation' },
  { pattern: /^(?:le )?conseil constitutionnel\b/u, name: 'Conseil constitutionnel' },
  {
    pattern: /^(?:la )?(?:cour de justice de l'union europeenne|cour de justice des communautes europeennes|cjue)\b|^(?:arret|ordonnance) de la cour\b/u,
    name: "Cour de justice de l'Union européenne",
  },
  {
    pattern: /^(?:the )?(?:court of justice of the european union|court of justice|cjeu)\b|^(?:judgment|order) of the court\b/u,
    name: 'Court of Justice of the European Union',
  },
  { pattern: /^(?:la )?cour europeenne des droits de l'homme\b/u, name: "Cour européenne des droits de l'homme" },
  { pattern: new RegExp(`^(?:la )?cour d'appel ${CONNECTOR}`, 'u'), name: "Cour d'appel", withPlace: true },
  { pattern: new RegExp(`^(?:le )?tribunal judiciaire ${CONNECTOR}`, 'u'), name: 'Tribunal judiciaire', withPlace: true },
];

// What may follow the court's name in a header (`Conseil d'État, Juge des référés`,
// `CONSEIL D'ETAT statuant au contentieux`, `Cour de cassation - Chambre sociale`,
// `ARRÊT DE LA COUR (grande chambre)`). A title such as `Conseil d'État : le juge rejette…`
// is an article about the court, not a ruling of it.
const HEADER_TAIL = /^\s*(?:$|[,;(–-]|statuant\b|siegeant\b|sitting\b)/u;

// A place name is capitalised words, possibly joined by small words (`Saint-Denis de la Réunion`);
// it ends at punctuation or at the first lower-case word (`de Paris statuant en référé`).
const PLACE = /^\p{Lu}[\p{L}'’-]*(?:\s(?:(?:de|la|le|les|du|des|sur|en)\s)*\p{Lu}[\p{L}'’-]*)*/u;

/** The court a header block names at its start, or undefined. */
export function courtFromHeader(text: string): string | undefined {
  const folded = fold(text);
  for (const court of COURTS) {
    const match = court.pattern.exec(folded);
    if (!match) continue;
    let end = match[0].length;
    let name = court.name;
    if (court.withPlace) {
      const place = PLACE.exec(text.slice(end))?.[0];
      if (!place) continue;
      end += place.length;
      name = `${name} ${(match[1] ?? 'de ').toLowerCase()}${titleCaseIfShouting(place)}`;
    }
    if (HEADER_TAIL.test(folded.slice(end))) return name;
  }
  return undefined;
}

const CAA_SEATS: Readonly<Record<string, string>> = {
  BX: 'Bordeaux', DA: 'Douai', LY: 'Lyon', MA: 'Marseille', NC: 'Nancy', NT: 'Nantes', PA: 'Paris', TL: 'Toulouse', VE: 'Versailles',
};

/** The court an ECLI designates (`ECLI:FR:CEORD:…` → Conseil d'État), for the courts Glose knows. */
export function courtFromEcli(ecli: string): string | undefined {
  const [, country, code = ''] = ecli.toUpperCase().split(':');
  if (country === 'FR') {
    if (code.startsWith('CE')) return "Conseil d'État";
    if (code === 'CCASS') return 'Cour de cassation';
    if (code === 'CC') return 'Conseil constitutionnel';
    const seat = code.startsWith('CAA') ? CAA_SEATS[code.slice(3)] : undefined;
    if (seat) return `Cour administrative d'appel de ${seat}`;
  }
  if (country === 'EU' && code === 'C') return "Cour de justice de l'Union européenne";
  if (country === 'EU' && code === 'T') return "Tribunal de l'Union européenne";
  return undefined;
}

/** `CERGY-PONTOISE` → `Cergy-Pontoise`; a name already in mixed case is kept as printed. */
function titleCaseIfShouting(place: string): string {
  if (place !== place.toUpperCase()) return place;
  return place
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_whole, before: string, letter: string) => before + letter.toUpperCase())
    // Articles and prepositions inside a name stay lower case (`Saint-Denis de la Réunion`).
    .replace(/(?<=\s)(De|La|Le|Les|Du|Des|Sur|En)(?=\s)/gu, (word) => word.toLowerCase());
}

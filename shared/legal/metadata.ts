// Reads a ruling's identity from its text: court, formation, date, case number, ECLI; and the language.
import type { DraftBlock, DraftMeta } from '../model';
import { courtFromEcli, courtFromHeader } from './courts';
import { fold } from './fold';
import { findFirstDate, toIsoDate } from './frenchDates';
import { guessLanguage } from './language';
import { buildRulingTitle } from './rulingTitle';
import { detectDecisionKind, detectPublication } from './decisionKind';

// ECLI:<country>:<court>:<year>:<ordinal>; the ordinal may contain dots (`503163.20250425`).
const ECLI = /\bECLI:[A-Z]{2}:[A-Z0-9]{1,7}:\d{4}:[A-Z0-9.]{1,30}/u;

// `N° 503163`, `n° 503163, 503164`, `Nos 503163 et 503164`, `n° 23PA01234`, `n° Q 22-12.345`,
// `n° 2019-790 DC`: the sign, then numbers separated by commas or `et`.
const NUMBER_ITEM = String.raw`(?:[A-Z]\s)?\d[\dA-Z./-]*(?:\s(?:QPC|DC|LP|LOM|FNR|ORGA|RIP|REF|ELEC|L|D|I)\b)?`;
const CASE_NUMBER = new RegExp(String.raw`(?:^|[^\p{L}])[Nn](?:°|º|o\.?)s?\s*:?\s*(${NUMBER_ITEM}(?:\s*(?:,|et)\s*${NUMBER_ITEM})*)`, 'u');
// Légifrance titles: `Conseil d'État, Juge des référés, 25/04/2025, 503163, Inédit au recueil Lebon`.
const TITLE_CASE_NUMBER = /,\s*\d{1,2}\/\d{1,2}\/\d{4}\s*,\s*(\d[\dA-Z./-]*(?:\s*,\s*\d[\dA-Z./-]*)*?)\s*(?:,|$)/u;
// The Cour de cassation cites the appeal's number: `N° de pourvoi : 22-18.657`, `Pourvoi n° Q 22-18.657`.
const POURVOI = /\b(?:n[°º]\s*(?:de\s+)?pourvoi\s*:?|pourvoi\s+n[°º])\s*((?:[A-Z]\s)?\d{2}-\d{2}\.\d{3}(?:\s*(?:,|et)\s*(?:[A-Z]\s)?\d{2}-\d{2}\.\d{3})*)/iu;
// A decision named with its number: `Décision n° 2019-790 DC du 5 août 2019` (Conseil constitutionnel).
const NAMED_DECISION = /^d[ée]cision\s/iu;
// The Court of Justice: `Affaire C-311/18`, `Case C-311/18`.
const EU_CASE = /\b(?:affaire|case|aff\.)\s+([CT]-\d{1,4}\/\d{2}(?:\s+P)?)/iu;

/** Formations, most specific first; patterns run on folded text. `canonical` replaces the printed form. */
const FORMATIONS: readonly { pattern: RegExp; canonical?: string }[] = [
  { pattern: /\bjuge des referes\b/u, canonical: 'juge des référés' },
  { pattern: /\b\d{1,2} ?(?:e|eme|er|ere|re)? ?(?:-|–|et) ?\d{1,2} ?(?:e|eme|er|ere|re)? chambres reunies\b/u },
  { pattern: /\b(?:section|assemblee) du contentieux\b/u },
  {
    pattern:
      /\b(?:assemblee pleniere|chambre mixte|chambre (?:sociale|criminelle|commerciale(?:, financiere et economique)?)|(?:premiere|deuxieme|troisieme) chambre civile|chambre civile \d)\b/u,
  },
  { pattern: /\bgrande chambre\b|\bgrand chamber\b/u },
  { pattern: /\b(?:premiere|deuxieme|troisieme|quatrieme|cinquieme|sixieme|septieme|huitieme|neuvieme|dixieme) chambre\b/u },
  { pattern: /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) chamber\b/u },
  { pattern: /\b\d{1,2} ?(?:e|eme|er|ere|re) (?:chambre|section)\b/u },
];

// Where the decision date is announced, as opposed to the dates of filings and hearings.
const DATE_ANNOUNCED = /\b(?:lecture du|lu le|decision du|arret du|ordonnance du|jugement du|judgment of)\b/u;
const DATE_SIGNED = /\b(?:fait a [^,]{1,40},? le|rendue? publique? (?:par (?:affichage|lecture) )?(?:au greffe )?le|lu en (?:seance|audience) publique le|delivered in open court)\b/u;

/** How far a ruling's header can reach when the text has no sections to tell. */
const HEADER_BLOCKS = 12;

/**
 * What the text says about itself. Identity fields (court, formation, date, case number, ECLI)
 * are read from the header only (the blocks before the procedure, or the first twelve), where a
 * ruling prints them: a court or an ECLI named in the body of an article is a citation, not the
 * document's own. `kind` is `ruling` when a court or an ECLI is found, and then `title` is the
 * usual citation (see rulingTitle.ts). `language` is guessed from the whole text.
 */
export function detectMetadata(blocks: readonly DraftBlock[]): DraftMeta {
  const header = headerZone(blocks);
  const meta: DraftMeta = {};

  const language = guessLanguage(blocks.slice(0, 200).map((block) => block.text).join(' '));
  if (language) meta.language = language;

  const ecli = findEcli(header, blocks);
  const court = firstOf(header, (block) => courtFromHeader(block.text)) ?? (ecli ? courtFromEcli(ecli) : undefined);
  if (!court && !ecli) return meta;

  meta.kind = 'ruling';
  if (court) meta.court = court;
  if (ecli) meta.ecli = ecli;
  const formation = firstOf(header, (block) => findFormation(block.text));
  if (formation) meta.formation = formation;
  const date = decisionDate(header, blocks, ecli);
  if (date) meta.date = date;
  const caseNumber = findCaseNumber(header);
  if (caseNumber) meta.caseNumber = caseNumber;
  const decisionKind = detectDecisionKind(header, blocks, court, ecli, formation);
  if (decisionKind) meta.decisionKind = decisionKind;
  const publication = detectPublication(header);
  if (publication) meta.publication = publication;
  const title = buildRulingTitle(meta);
  if (title) meta.title = title;
  return meta;
}

function headerZone(blocks: readonly DraftBlock[]): readonly DraftBlock[] {
  if (!blocks.some((block) => block.section)) return blocks.slice(0, HEADER_BLOCKS);
  const end = blocks.findIndex((block) => block.section && block.section !== 'header');
  return blocks.slice(0, end < 0 ? HEADER_BLOCKS : end);
}

/** In the header, or in a block of its own anywhere (some sources print it at the end). */
function findEcli(header: readonly DraftBlock[], blocks: readonly DraftBlock[]): string | undefined {
  const inHeader = firstOf(header, (block) => ECLI.exec(block.text)?.[0]);
  const alone = firstOf(blocks, (block) => (block.text.startsWith('ECLI:') ? ECLI.exec(block.text)?.[0] : undefined));
  // A sentence may end right after the ECLI: its final dot is not part of it.
  return (inHeader ?? alone)?.replace(/\.+$/u, '');
}

function findFormation(text: string): string | undefined {
  const folded = fold(text);
  for (const { pattern, canonical } of FORMATIONS) {
    const match = pattern.exec(folded);
    if (!match) continue;
    if (canonical) return canonical;
    const printed = text.slice(match.index, match.index + match[0].length).replace(/\s*([-–])\s*/u, ' $1 ');
    // `Chambre sociale` → `chambre sociale`, as it reads inside a citation; `First Chamber` is kept.
    const rest = printed.slice(1);
    return rest === rest.toLowerCase() ? printed.charAt(0).toLowerCase() + rest : printed;
  }
  return undefined;
}

function decisionDate(header: readonly DraftBlock[], blocks: readonly DraftBlock[], ecli: string | undefined): string | undefined {
  const after = (pattern: RegExp) => (block: DraftBlock) => {
    const match = pattern.exec(fold(block.text));
    return match ? findFirstDate(block.text.slice(match.index)) : undefined;
  };
  return (
    firstOf(header, after(DATE_ANNOUNCED)) ??
    firstOf(header, (block) => (courtFromHeader(block.text) ? findFirstDate(block.text) : undefined)) ??
    // French administrative ECLIs end with the decision date: `503163.20250425`.
    (ecli ? toIsoDate(/\.(\d{4})(\d{2})(\d{2})$/u.exec(ecli)?.slice(1).join('-') ?? '') : undefined) ??
    firstOf([...blocks].reverse(), after(DATE_SIGNED)) ??
    firstOf(header, (block) => findFirstDate(block.text))
  );
}

function findCaseNumber(header: readonly DraftBlock[]): string | undefined {
  const signed = (block: DraftBlock): string | undefined => {
    const numbers = CASE_NUMBER.exec(block.text)?.[1];
    return numbers ? splitNumbers(numbers) : undefined;
  };
  return (
    firstOf(header, (block) => {
      const numbers = POURVOI.exec(block.text)?.[1];
      return numbers ? splitNumbers(numbers) : undefined;
    }) ??
    // A line of its own (`N° 503163`) first: a `n°` inside a sentence may be a statute's.
    firstOf(header, (block) => (/^[Nn](?:°|º|os?\b)/u.test(block.text) ? signed(block) : undefined)) ??
    firstOf(header, (block) => (NAMED_DECISION.test(block.text) ? signed(block) : undefined)) ??
    firstOf(header, (block) => (courtFromHeader(block.text) ? signed(block) : undefined)) ??
    firstOf(header, (block) => {
      const numbers = courtFromHeader(block.text) ? TITLE_CASE_NUMBER.exec(block.text)?.[1] : undefined;
      return numbers ? splitNumbers(numbers) : undefined;
    }) ??
    firstOf(header, (block) => EU_CASE.exec(block.text)?.[1])
  );
}

/** `503163 et 503164` / `503163,503164` → `503163, 503164`. */
function splitNumbers(numbers: string): string {
  return numbers
    .split(/\s*(?:,|\bet\b)\s*/u)
    .map((item) => item.trim().replace(/[./-]+$/u, ''))
    .filter(Boolean)
    .join(', ');
}

function firstOf<T>(items: readonly T[], pick: (item: T) => string | undefined): string | undefined {
  for (const item of items) {
    const picked = pick(item);
    if (picked) return picked;
  }
  return undefined;
}

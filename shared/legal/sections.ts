// Splits a ruling into header, procedure, parties' arguments, reasoning and operative part.
import type { DraftBlock, Section } from '../model';
import { fold } from './fold';

// All patterns run on folded text (see fold.ts): lower case, no accents, plain apostrophes.

/** A visa: `Vu la procédure suivante :`, `Vu la requête…`, `Vu :` (not `Vu de loin, …`). */
const VISA = String.raw`vu(?:\s*(?::|$)|\s+(?:la|le|les|un|une|ensemble)\s|\s+l')`;

/** `Vu la procédure suivante :`, `Vu la requête…`, `Faits et procédure` (Cour de cassation). */
const PROCEDURE_START = new RegExp(String.raw`^(?:${VISA}|faits et procedure\b|procedure contentieuse anterieure\b|par une requete\b)`, 'u');

/** `Ils soutiennent que :`, `Il soutient, en outre, que…`, `Enoncé du moyen` (Cour de cassation). */
const ARGUMENTS_START = /\bsoutien(?:t|nent)\b[^.;:]{0,40}?\bqu(?:e\b|')|^(?:enonce|expose) d(?:u|es) moyens?\b/u;

/** Back to the procedure after the arguments: the next pleading, the visas, the hearing. */
const PROCEDURE_AGAIN = new RegExp(
  String.raw`^(?:${VISA}|par (?:un|une|des|deux|trois) (?:nouveaux? |autres? )?(?:memoires?|requetes?|interventions?|observations?|productions?|courriers?|lettres?)\b|apres avoir (?:convoque|entendu)|ont ete entendus\b|les parties ont ete\b|la requete a ete communiquee\b|a l'issue de (?:laquelle|l'audience)\b)`,
  'u',
);

/** `Considérant ce qui suit :`, `Considérant que…`, `Réponse de la Cour` (Cour de cassation). */
const REASONING_START = /^(?:considerant\b|reponse de la cour\b)/u;

/** `PAR CES MOTIFS`, `On those grounds`, and the first article of the operative part. */
const OPERATIVE_START = /^(?:par ces motifs\b|on those grounds\b|article (?:1er|1|premier)\s*[:.–-])/u;

/** Words that, printed alone in capitals (often letter-spaced: `O R D O N N E :`), open the operative part. */
const OPERATIVE_WORDS = new Set(['ordonne', 'decide', 'arrete', 'dit pour droit', 'rejette', 'casse et annule']);

/** Fewer section starts than this and the text is not laid out as a ruling: no sections at all. */
const MIN_SECTIONS = 2;

/**
 * Sets `section` on every block of a ruling, reading it top to bottom:
 *
 * - `header` until the procedure (`Vu la procédure suivante :`, or the first `Vu`);
 * - `procedure` from there; `arguments` from a `… soutien(nen)t que` sentence through the dashed
 *   arguments, back to `procedure` at the next pleading, visa or hearing (and to `arguments`
 *   again at the next `soutient que`);
 * - `reasoning` from the first numbered point or `Considérant`;
 * - `operative` from `O R D O N N E :`, `DÉCIDE :`, `PAR CES MOTIFS` or `Article 1er :`, to the end.
 *
 * The order only moves forward, so `les requérants soutiennent que` inside the reasoning stays
 * reasoning. Runs after detectParagraphNumbers (a numbered point opens the reasoning). A text
 * with fewer than two section starts (an article, a note) is returned without sections.
 */
export function detectSections(blocks: readonly DraftBlock[]): DraftBlock[] {
  let section: Section = 'header';
  const entered = new Set<Section>();
  const sections = blocks.map((block) => {
    section = nextSection(section, block);
    if (section !== 'header') entered.add(section);
    return section;
  });
  if (entered.size < MIN_SECTIONS) return [...blocks];
  return blocks.map((block, i) => ({ ...block, section: sections[i] ?? 'header' }));
}

function nextSection(current: Section, block: DraftBlock): Section {
  const text = fold(block.text);
  if (current === 'operative') return current;
  if (current !== 'header' && isOperativeStart(block.text, text)) return 'operative';
  if (current === 'reasoning') return current;
  if (block.number !== undefined || REASONING_START.test(text)) return 'reasoning';
  if (current === 'header') return PROCEDURE_START.test(text) ? 'procedure' : current;
  if (ARGUMENTS_START.test(text)) return 'arguments';
  if (current === 'arguments' && PROCEDURE_AGAIN.test(text)) return 'procedure';
  return current;
}

function isOperativeStart(original: string, folded: string): boolean {
  if (OPERATIVE_START.test(folded)) return true;
  // Only a short line in capitals: `décide` inside a sentence is no operative part.
  if (original.length > 40 || original !== original.toUpperCase()) return false;
  const word = folded
    .replace(/[:.\s-]+$/u, '')
    // `O R D O N N E` → `ordonne`: letter-spaced words have single letters between single spaces.
    .replace(/(?<=^|\s)(\p{L}) (?=\p{L}(?:\s|$))/gu, '$1')
    .trim();
  return OPERATIVE_WORDS.has(word);
}

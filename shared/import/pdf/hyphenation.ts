// Joins a word hyphenated across a line break (`sou-` + `tient` → `soutient`) and keeps real compounds (`Pays-Bas`).

// Words are letters with the apostrophes of French elision and hyphens inside (`aujourd'hui`,
// `Pays-Bas`); anything else separates them.
const NOT_WORD = /[^\p{L}\p{M}'’\u2010-]+/u;
const EDGES = /^['’\u2010-]+|['’\u2010-]+$/gu;

/** Line-end hyphens: hyphen-minus, the Unicode hyphen, and the soft hyphen some producers print. */
const TRAILING_HYPHEN = /([\p{L}\p{M}]+)[-\u2010\u00AD]$/u;
const LEADING_WORD = /^([\p{L}\p{M}]+)([-\u2010]?)/u;

/**
 * First or second parts of French compounds that are written with a hyphen: a line that ends
 * with `sous-` or a next line that starts with `même` keeps its hyphen (`sous-traitant`,
 * `elle-même`, `c'est-à-dire`, `ci-dessus`, `peut-être`, `dit-il`).
 */
// Only prefixes that no common word starts with at a hyphenation point: not `pré` (`pré-sident`),
// `entre` (`entre-prise`), `euro` (`euro-péen`), `mi` (`mi-nistre`), `ex` (`ex-pert`) or `bas` (`bas-culer`).
const COMPOUND_FIRST = new Set([
  'ci', 'sous', 'non', 'avant', 'arrière', 'après', 'demi', 'semi', 'quasi', 'vice', 'grand', 'hors', 'nord', 'sud',
  'ouest', 'celle', 'celui', 'ceux', 'celles', 'vis', 'peut', 'soi', 'haut', 'plus', 'moins', 'franco', 'germano',
]);
const COMPOUND_SECOND = new Set([
  'ci', 'là', 'même', 'mêmes', 'être', 'dire', 'delà', 'dessus', 'dessous', 'devant', 'derrière', 'il', 'elle', 'on',
  'ils', 'elles', 'je', 'tu', 'nous', 'vous', 't', 'à', 'bas', 'haut',
]);

/** Every word of the document as printed (lower case), to see how it spells a word elsewhere. */
export function vocabularyOf(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const text of texts) {
    for (const token of text.toLowerCase().split(NOT_WORD)) {
      // Trim what only surrounds a word: `(l'article`, `-`, `sou-` at a line end.
      const word = token.replace(EDGES, '');
      if (word) words.add(word.includes('\u2010') ? word.replace(/\u2010/gu, '-') : word);
    }
  }
  return words;
}

/**
 * Appends `next` (a line) to `text` (a paragraph so far), undoing a hyphenation break:
 *
 * - a soft hyphen is always a break hyphen;
 * - a hyphen before a capital is kept (`Pays-` + `Bas`, `Jean-` + `Luc`), and so is one between
 *   digits (`L. 761-` + `1`);
 * - otherwise the document decides when it can: a word printed elsewhere with its hyphen
 *   keeps it, one printed elsewhere without it is joined;
 * - failing that, known compound parts keep the hyphen (`sous-` + `traitant`, `elle-` + `même`),
 *   and everything else is joined, since line-end hyphenation is far more common in print.
 */
export function appendLine(text: string, next: string, vocabulary: ReadonlySet<string> = new Set()): string {
  const line = next.trim();
  if (!text) return line;
  if (!line) return text;
  // Only the end of the paragraph matters; regexes anchored at `$` would still scan all of it.
  const tail = text.slice(-64);
  const hyphen = /[-\u2010\u00AD]$/u.test(tail) ? TRAILING_HYPHEN.exec(tail) : null;
  if (!hyphen) {
    // A hyphen after a digit or a closing sign (`761-`) continues without a space; a dash
    // after a space (`soutient -`) is punctuation.
    if (/[\p{N}][-\u2010]$/u.test(tail)) return text + line;
    return `${text} ${line}`;
  }
  const before = hyphen[1] as string;
  const sign = text.slice(-1);
  const start = LEADING_WORD.exec(line);
  if (!start) return text.slice(0, -1) + (sign === '\u00AD' ? '' : '-') + line;
  const after = start[1] as string;
  const head = text.slice(0, -1);

  if (sign === '\u00AD') return head + line;
  if (/^\p{Lu}/u.test(after)) return `${head}-${line}`;
  // `c'est-` + `à-dire`: the next word carries a hyphen of its own, so the compound goes on.
  if (start[2]) return `${head}-${line}`;

  const lowerBefore = before.toLowerCase();
  const lowerAfter = after.toLowerCase();
  if (vocabulary.has(`${lowerBefore}-${lowerAfter}`)) return `${head}-${line}`;
  if (vocabulary.has(`${lowerBefore}${lowerAfter}`)) return head + line;
  if (COMPOUND_FIRST.has(lowerBefore) || COMPOUND_SECOND.has(lowerAfter)) return `${head}-${line}`;
  return head + line;
}

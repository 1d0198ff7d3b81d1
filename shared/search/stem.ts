// Light stemmers for French and English: plurals and the commonest derivational endings, so `autorisations`, `autorisation` and `autoriser` meet.

/**
 * Light rather than Porter/Snowball: legal vocabulary is precise, and an aggressive stemmer merges words a jurist
 * keeps apart (`juridiction`/`juridique`). Endings are removed only when a stem of at least `MIN_STEM`
 * letters remains. Input is already folded (lower case, no accents).
 */
const MIN_STEM = 4;

const FRENCH_ENDINGS = [
  'issements', 'issement', 'ements', 'ement', 'ations', 'ation', 'atrices', 'atrice', 'ateurs', 'ateur',
  'ances', 'ance', 'ences', 'ence', 'ites', 'ite', 'euses', 'euse', 'eux', 'ives', 'ive', 'ifs', 'if',
  'ees', 'ee', 'es', 'ez', 'er', 'e',
];

const ENGLISH_ENDINGS = ['ations', 'ation', 'ments', 'ment', 'ings', 'ing', 'ies', 'ied', 'ed', 'es', 's', 'e'];

function strip(word: string, endings: readonly string[]): string {
  for (const ending of endings) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_STEM) return word.slice(0, -ending.length);
  }
  return word;
}

export function stemFrench(word: string): string {
  if (word.length <= MIN_STEM || /\d/.test(word)) return word;
  let w = word.replace(/œ/g, 'oe').replace(/æ/g, 'ae');
  // Plurals first: `-aux` → `-al` (`principaux` → `principal`), then a final `s` or `x`.
  if (w.endsWith('aux') && w.length > 5) w = `${w.slice(0, -3)}al`;
  else if (/[^s][sx]$/.test(w) && w.length > MIN_STEM + 1) w = w.slice(0, -1);
  return strip(w, FRENCH_ENDINGS);
}

export function stemEnglish(word: string): string {
  if (word.length <= MIN_STEM || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 5) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ss')) return word;
  return strip(word, ENGLISH_ENDINGS);
}

export type StemLanguage = 'fr' | 'en';

/** The stemmer for a document's BCP 47 language; French, the library's usual language, for anything else. */
export function stemmerLanguage(language: string | undefined): StemLanguage {
  return language?.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

export function stem(word: string, language: StemLanguage): string {
  return language === 'en' ? stemEnglish(word) : stemFrench(word);
}

// Guesses whether a text is French or English from how often each language's commonest words occur.

// Function words only: frequent in any text, rare in the other language. Words both languages
// share (`a`, `en`, `on`, `son`) are left out.
const FRENCH = new Set([
  'le', 'la', 'les', 'des', 'du', 'de', 'et', 'est', 'que', 'qui', 'dans', 'pour', 'par', 'une', 'sur', 'au', 'aux',
  'pas', 'ne', 'il', 'elle', 'ils', 'sont', 'ces', 'cette', 'avec', 'ou', 'été', 'qu', 'l', 'd',
]);
const ENGLISH = new Set([
  'the', 'of', 'and', 'to', 'is', 'that', 'in', 'for', 'which', 'by', 'with', 'be', 'are', 'this', 'it', 'was', 'from',
  'has', 'have', 'not', 'its', 'shall', 'must', 'court', 'were',
]);

/** Enough evidence to decide; below it, a title or a list of names says nothing. */
const MIN_HITS = 5;

/** `fr`, `en`, or undefined when the text is too short or too mixed to tell. */
export function guessLanguage(text: string): 'fr' | 'en' | undefined {
  let french = 0;
  let english = 0;
  // Apostrophes split `l'article` / `qu’il` into their function words.
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (FRENCH.has(word)) french++;
    else if (ENGLISH.has(word)) english++;
  }
  if (french + english < MIN_HITS) return undefined;
  if (french >= english * 1.5) return 'fr';
  if (english >= french * 1.5) return 'en';
  return undefined;
}

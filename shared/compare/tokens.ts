// Word tokens of French text: Intl.Segmenter's words, with elided articles (l', d', qu'…) split from their word.

/** Made once: building a segmenter costs more than segmenting a paragraph. */
let segmenter: Intl.Segmenter | null = null;

/**
 * `l'autorisation` is one word to the segmenter; split it so that `l'autorisation` → `l'habilitation`
 * shows the noun changed, and `la décision` → `l'autorisation` does not mark the article twice.
 */
const ELISION = /^(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)(['\u2019])(?=\p{L})/iu;

/** Every segment of the text in order (words, spaces, punctuation); joined, they give the text back. */
export function wordTokens(text: string): string[] {
  segmenter ??= new Intl.Segmenter('fr', { granularity: 'word' });
  const tokens: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    const elided = isWordLike ? ELISION.exec(segment) : null;
    if (elided && elided[0].length < segment.length) tokens.push(elided[0], segment.slice(elided[0].length));
    else tokens.push(segment);
  }
  return tokens;
}

/** A token that is a word or number (not a space or punctuation), for counting words added and removed. */
export function isWordToken(token: string): boolean {
  return /[\p{L}\p{N}]/u.test(token);
}

/**
 * Runs of letters or digits: an elided article is a word of its own, as in the word diff. A regular
 * expression rather than the segmenter because the summary counts every word of every added or
 * removed paragraph, and the segmenter is a hundred times slower.
 */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

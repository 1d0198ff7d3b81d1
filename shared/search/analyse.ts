// Text analysis shared by the index and the query: words with their offsets, folded (case, accents) and stemmed.
import { fold } from '../legal/fold';
import { isStopWord } from './stopWords';
import { stem, stemEnglish, stemFrench, type StemLanguage } from './stem';

export interface Token {
  /** Folded word: lower case, no accents. */
  folded: string;
  /** UTF-16 offsets in the original text (folding keeps lengths, so they hold for both). */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Letters and digits runs; apostrophes, hyphens and punctuation separate words (`l'autorisation` → `l`, `autorisation`). */
export function tokenize(text: string): Token[] {
  const folded = fold(text);
  const tokens: Token[] = [];
  for (const match of folded.matchAll(WORD)) tokens.push({ folded: match[0], start: match.index, end: match.index + match[0].length });
  return tokens;
}

/** The indexed terms of a text: stems, stop words left out. Joined by spaces for the index's tokenizer. */
export function indexTerms(text: string, language: StemLanguage): string {
  const terms: string[] = [];
  for (const token of tokenize(text)) if (!isStopWord(token.folded)) terms.push(stem(token.folded, language));
  return terms.join(' ');
}

/**
 * The stems a query word may have in the index: the document's language is unknown when the query is
 * typed, so both stemmers' forms are searched (they are usually the same).
 */
export function queryVariants(folded: string): string[] {
  return [...new Set([stemFrench(folded), stemEnglish(folded)])];
}

// How well a span of the text matches a stored quote, weighted as Hypothesis's matchQuote does.
import search from 'approx-string-match';
import type { TextQuote } from '../model';

export interface QuoteMatch {
  start: number;
  end: number;
  /** Edit distance between the stored quote and text[start, end). */
  errors: number;
}

export interface ScoredMatch extends QuoteMatch {
  /** 0–1, normalised as in Hypothesis. */
  score: number;
}

// The quote dominates, the context disambiguates, the position breaks ties.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/** How different the text may be before a passage counts as lost: a quarter, at most 32 edits. */
export function maxErrorsFor(exact: string): number {
  return Math.min(32, Math.floor(exact.length / 4));
}

/** 1 when `pattern` occurs as is in `text`, falling towards 0 with each edit needed. */
export function textMatchScore(text: string, pattern: string): number {
  if (pattern.length === 0 || text.length === 0) return 0;
  const best = search(text, pattern, pattern.length)[0];
  return best ? 1 - best.errors / pattern.length : 0;
}

/** Agreement of the text around [start, end) with the stored prefix and suffix, each 0–1. */
export function contextScores(text: string, start: number, end: number, quote: TextQuote): { prefix: number; suffix: number } {
  // An empty context (a passage at the edge of the document) agrees with anything, as in Hypothesis.
  const prefix = quote.prefix ? textMatchScore(text.slice(Math.max(0, start - quote.prefix.length), start), quote.prefix) : 1;
  const suffix = quote.suffix ? textMatchScore(text.slice(end, end + quote.suffix.length), quote.suffix) : 1;
  return { prefix, suffix };
}

export function scoreMatch(text: string, match: QuoteMatch, quote: TextQuote, hint: number): number {
  const quoteScore = quote.exact.length === 0 ? 0 : 1 - match.errors / quote.exact.length;
  const context = contextScores(text, match.start, match.end, quote);
  const positionScore = text.length === 0 ? 1 : 1 - Math.abs(match.start - hint) / text.length;
  const raw = QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * context.prefix + SUFFIX_WEIGHT * context.suffix + POSITION_WEIGHT * positionScore;
  return raw / MAX_SCORE;
}

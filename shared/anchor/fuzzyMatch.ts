// Approximate quote search and Hypothesis-style scoring of quote, prefix, suffix and position.
import search from 'approx-string-match';
import type { TextQuote } from '../model';

export interface QuoteMatch {
  start: number;
  end: number;
  /** Edit distance between the stored quote and text[start, end). */
  errors: number;
}

export interface ScoredMatch extends QuoteMatch {
  /** 0–1, as Hypothesis's matchQuote normalises it. */
  score: number;
}

// Hypothesis's weights: the quote dominates, context disambiguates, position breaks ties.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/**
 * approx-string-match works 32 characters of pattern at a time, so a long quote is found
 * by its first and last EDGE characters and only then checked in full over a short span.
 */
const EDGE = 32;
const LONG_QUOTE = 2 * EDGE;
/** Boilerplate ("Aux termes de l'article…") repeats; checking every repeat would not pay. */
const MAX_CANDIDATES = 64;

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

/** Hypothesis's score for a candidate span; an absent context scores 1 as there it does. */
export function scoreMatch(text: string, match: QuoteMatch, quote: TextQuote, hint: number): number {
  const quoteScore = quote.exact.length === 0 ? 0 : 1 - match.errors / quote.exact.length;
  const prefixScore = quote.prefix
    ? textMatchScore(text.slice(Math.max(0, match.start - quote.prefix.length), match.start), quote.prefix)
    : 1;
  const suffixScore = quote.suffix ? textMatchScore(text.slice(match.end, match.end + quote.suffix.length), quote.suffix) : 1;
  const positionScore = text.length === 0 ? 1 : 1 - Math.abs(match.start - hint) / text.length;
  const raw =
    QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * positionScore;
  return raw / MAX_SCORE;
}

/**
 * Near the old position first: one search over the whole of a 750 kB ruling costs ~15 ms,
 * which thousands of drifted passages cannot each afford. A near match is kept only when it
 * scores as the same passage does (quote and context mostly agree); a lookalike, such as
 * repeated boilerplate, scores far lower and sends the search to the whole text.
 */
const NEAR = 4096;
const CONFIDENT_SCORE = 0.8;

/** The best approximate occurrence of the quote, or null when none is within maxErrorsFor. */
export function fuzzyMatchQuote(text: string, quote: TextQuote, hint: number): ScoredMatch | null {
  // Under four characters any edit is a quarter of the quote: nothing to match approximately.
  if (maxErrorsFor(quote.exact) === 0) return null;
  const pad = Math.max(NEAR, 2 * quote.exact.length);
  const from = Math.max(0, Math.min(hint, text.length) - pad);
  const to = Math.min(text.length, Math.max(hint, 0) + quote.exact.length + pad);
  const whole = from === 0 && to === text.length;
  const near = bestIn(text, from, to, quote, hint);
  if (whole || (near && near.score >= CONFIDENT_SCORE)) return near;
  const far = bestIn(text, 0, text.length, quote, hint);
  return near && (!far || near.score >= far.score) ? near : far;
}

function bestIn(text: string, from: number, to: number, quote: TextQuote, hint: number): ScoredMatch | null {
  const maxErrors = maxErrorsFor(quote.exact);
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  const localHint = hint - from;
  const local =
    quote.exact.length <= LONG_QUOTE
      ? closest(search(slice, quote.exact, maxErrors), localHint)
      : longQuoteCandidates(slice, quote.exact, maxErrors, localHint);
  let best: ScoredMatch | null = null;
  for (const { start, end, errors } of local) {
    // Scored against the whole text, so context across the window's edges still counts.
    const candidate = { start: start + from, end: end + from, errors };
    const score = scoreMatch(text, candidate, quote, hint);
    if (!best || score > best.score || (score === best.score && candidate.start < best.start)) best = { ...candidate, score };
  }
  return best;
}

/** Head and tail found anywhere, then the whole quote verified in the span each one implies. */
function longQuoteCandidates(text: string, exact: string, maxErrors: number, hint: number): QuoteMatch[] {
  const edgeErrors = Math.min(maxErrors, Math.floor(EDGE / 4));
  const span = exact.length + maxErrors;
  const found = new Map<string, QuoteMatch>();
  const verify = (from: number, to: number): void => {
    const match = longestBest(search(text.slice(from, to), exact, maxErrors));
    if (match) found.set(`${from + match.start}:${from + match.end}`, { ...match, start: from + match.start, end: from + match.end });
  };
  // Searching from both edges keeps a passage findable when its first or its last words
  // changed; the spans are widened by edgeErrors as an edge match may be off by that much.
  for (const head of closest(distinctRuns(search(text, exact.slice(0, EDGE), edgeErrors)), hint)) {
    verify(Math.max(0, head.start - edgeErrors), Math.min(text.length, head.start + span + edgeErrors));
  }
  const tailHint = hint + exact.length - EDGE;
  for (const tail of closest(distinctRuns(search(text, exact.slice(-EDGE), edgeErrors)), tailHint)) {
    verify(Math.max(0, tail.end - span - edgeErrors), Math.min(text.length, tail.end + edgeErrors));
  }
  return [...found.values()];
}

/** Among equally good matches the longest is the whole passage rather than part of it. */
function longestBest(matches: QuoteMatch[]): QuoteMatch | undefined {
  let best: QuoteMatch | undefined;
  for (const match of matches) {
    if (!best || match.errors < best.errors || (match.errors === best.errors && match.end - match.start > best.end - best.start)) {
      best = match;
    }
  }
  return best;
}

/**
 * approx-string-match reports one match per end position, so one occurrence of an edge
 * shows up as a run of overlapping matches; the span check needs only one per run.
 */
function distinctRuns(matches: QuoteMatch[]): QuoteMatch[] {
  const distinct: QuoteMatch[] = [];
  for (const match of [...matches].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const last = distinct[distinct.length - 1];
    if (!last || match.start >= last.end) distinct.push(match);
  }
  return distinct;
}

/** The MAX_CANDIDATES matches closest to where the passage used to be. */
function closest(matches: QuoteMatch[], hint: number): QuoteMatch[] {
  if (matches.length <= MAX_CANDIDATES) return matches;
  return [...matches]
    .sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint) || a.start - b.start)
    .slice(0, MAX_CANDIDATES);
}

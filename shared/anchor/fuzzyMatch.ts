// Finds a quote whose text has changed: approximate search near its old place, then everywhere.
import search from 'approx-string-match';
import type { TextQuote } from '../model';
import { boundedEditDistance } from './editDistance';
import { maxErrorsFor, scoreMatch, type QuoteMatch, type ScoredMatch } from './quoteScore';

/**
 * approx-string-match works 32 characters of pattern at a time and its cost grows with the
 * pattern, so a long quote is found by its first and last EDGE characters, as Hypothesis's
 * anchoring did in its diff-match-patch days, and only then checked in full over the short
 * span they imply.
 */
const EDGE = 32;
const LONG_QUOTE = 2 * EDGE;
/** A context shorter than this (a passage at the very top) matches too much to locate anything. */
const MIN_CONTEXT = 8;
/** Boilerplate ("Aux termes de l'article…") repeats; checking every repeat would not pay. */
const MAX_CANDIDATES = 64;
/**
 * One search over the whole of a 750 kB ruling costs ~15 ms, which thousands of drifted
 * passages cannot each afford, so the search starts within NEAR characters of the expected
 * place. A near match is kept when it scores as the passage itself does (quote and context
 * mostly agree); a lookalike such as repeated boilerplate scores far lower.
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
  const near = bestIn(text, from, to, quote, hint);
  if ((from === 0 && to === text.length) || (near && near.score >= CONFIDENT_SCORE)) return near;
  const far = bestIn(text, 0, text.length, quote, hint);
  return near && (!far || near.score >= far.score) ? near : far;
}

function bestIn(text: string, from: number, to: number, quote: TextQuote, hint: number): ScoredMatch | null {
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  let best: ScoredMatch | null = null;
  for (const local of candidates(slice, quote, hint - from)) {
    // Scored against the whole text, so context across the window's edges still counts.
    const candidate = { start: local.start + from, end: local.end + from, errors: local.errors };
    const score = scoreMatch(text, candidate, quote, hint);
    if (!best || score > best.score || (score === best.score && candidate.start < best.start)) best = { ...candidate, score };
  }
  return best;
}

/**
 * Spans worth scoring. The quote's own best matches are not enough: the library keeps only
 * the lowest error count, so a lookalike with fewer edits elsewhere would hide the reworded
 * passage, and an edit at the end of a quote can make a truncated span cheaper than the
 * whole. So the passage is also looked for after its prefix, before its suffix, and as the
 * whole span between the two when both survived, as they usually do an edit of the passage.
 */
function candidates(text: string, quote: TextQuote, hint: number): QuoteMatch[] {
  const { exact, prefix, suffix } = quote;
  const maxErrors = maxErrorsFor(exact);
  const span = exact.length + maxErrors;
  const found = new Map<string, QuoteMatch>();
  const add = (match: QuoteMatch): void => void found.set(`${match.start}:${match.end}`, match);
  // Edge matches may be off by their own error count, hence the widening by `slack`.
  const startingNear = (at: number, slack: number): void => verify(text, exact, maxErrors, at - slack, at + span + slack, add);
  const endingNear = (at: number, slack: number): void => verify(text, exact, maxErrors, at - span - slack, at + slack, add);

  if (exact.length <= LONG_QUOTE) {
    closest(search(text, exact, maxErrors), hint).forEach(add);
  } else {
    const head = exact.slice(0, EDGE);
    const tail = exact.slice(-EDGE);
    for (const m of edgeMatches(text, head, hint)) startingNear(m.start, maxErrorsFor(head));
    for (const m of edgeMatches(text, tail, hint + exact.length - EDGE)) endingNear(m.end, maxErrorsFor(tail));
  }
  const before = prefix.slice(-EDGE);
  const after = suffix.slice(0, EDGE);
  const prefixes = before.length >= MIN_CONTEXT ? edgeMatches(text, before, hint - before.length) : [];
  const suffixes = after.length >= MIN_CONTEXT ? edgeMatches(text, after, hint + exact.length) : [];
  for (const m of prefixes) startingNear(m.end, maxErrorsFor(before));
  for (const m of suffixes) endingNear(m.start, maxErrorsFor(after));
  for (const p of prefixes) {
    for (const s of suffixes) {
      if (Math.abs(s.start - p.end - exact.length) > maxErrors) continue;
      const errors = boundedEditDistance(exact, text.slice(p.end, s.start), maxErrors);
      if (errors <= maxErrors) add({ start: p.end, end: s.start, errors });
    }
  }
  return [...found.values()];
}

/** The whole quote's best match inside text[from, to), if any. */
function verify(text: string, exact: string, maxErrors: number, from: number, to: number, add: (m: QuoteMatch) => void): void {
  const start = Math.max(0, from);
  let best: QuoteMatch | undefined;
  for (const match of search(text.slice(start, Math.min(text.length, to)), exact, maxErrors)) {
    // Among equally good matches the longest is the whole passage rather than part of it.
    if (!best || match.errors < best.errors || (match.errors === best.errors && match.end - match.start > best.end - best.start)) {
      best = match;
    }
  }
  if (best) add({ start: start + best.start, end: start + best.end, errors: best.errors });
}

/**
 * Occurrences of an edge (≤ EDGE characters). The library reports one match per end
 * position, so one occurrence is a run of overlapping matches, merged here into one.
 */
function edgeMatches(text: string, edge: string, hint: number): QuoteMatch[] {
  const runs: QuoteMatch[] = [];
  for (const match of search(text, edge, maxErrorsFor(edge)).sort((a, b) => a.start - b.start || a.end - b.end)) {
    const last = runs[runs.length - 1];
    if (last && match.start < last.end) last.end = Math.max(last.end, match.end);
    else runs.push({ ...match });
  }
  return closest(runs, hint);
}

/** The MAX_CANDIDATES matches closest to where the passage is expected. */
function closest(matches: QuoteMatch[], hint: number): QuoteMatch[] {
  if (matches.length <= MAX_CANDIDATES) return matches;
  return [...matches].sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint) || a.start - b.start).slice(0, MAX_CANDIDATES);
}

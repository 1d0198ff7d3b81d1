// Where a query's words and phrases occur in a text, as ranges of the original text (for verifying phrases and highlighting).
import { queryVariants, tokenize, type Token } from './analyse';
import type { ParsedQuery, QueryClause } from './parseQuery';
import { isStopWord } from './stopWords';
import { stemEnglish, stemFrench } from './stem';

export interface Range {
  start: number;
  end: number;
}

/** Occurrences of a phrase: consecutive words equal once folded; punctuation between them does not count. */
export function phraseRanges(tokens: readonly Token[], words: readonly string[]): Range[] {
  const ranges: Range[] = [];
  if (words.length === 0) return ranges;
  outer: for (let i = 0; i + words.length <= tokens.length; i++) {
    for (let j = 0; j < words.length; j++) if (tokens[i + j]?.folded !== words[j]) continue outer;
    ranges.push({ start: (tokens[i] as Token).start, end: (tokens[i + words.length - 1] as Token).end });
  }
  return ranges;
}

/** Occurrences of single words: any word of the text with one of the same stems. */
function wordRanges(tokens: readonly Token[], stems: ReadonlySet<string>): Range[] {
  if (stems.size === 0) return [];
  return tokens.filter((t) => !isStopWord(t.folded) && (stems.has(stemFrench(t.folded)) || stems.has(stemEnglish(t.folded)))).map((t) => ({ start: t.start, end: t.end }));
}

/** True when the text holds every phrase of the clauses (single words are the index's business). */
export function hasPhrases(text: string, clauses: readonly QueryClause[]): boolean {
  const phrases = clauses.filter((c) => c.phrase);
  if (phrases.length === 0) return true;
  const tokens = tokenize(text);
  return phrases.every((c) => phraseRanges(tokens, c.words).length > 0);
}

/** Every range of the text a result should highlight, sorted and merged. */
export function queryRanges(text: string, query: ParsedQuery): Range[] {
  const tokens = tokenize(text);
  const stems = new Set<string>();
  const ranges: Range[] = [];
  for (const clause of query.required) {
    if (clause.phrase) ranges.push(...phraseRanges(tokens, clause.words));
    else for (const word of clause.words) if (!isStopWord(word)) queryVariants(word).forEach((s) => stems.add(s));
  }
  ranges.push(...wordRanges(tokens, stems));
  return mergeRanges(ranges);
}

export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Range[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

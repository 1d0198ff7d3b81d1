// Reads what the user typed: words, "exact phrases" and -exclusions; never builds a regular expression from it.
import { tokenize } from './analyse';
import { isStopWord } from './stopWords';

/** A word or phrase, as folded words (stop words kept: a phrase must match exactly). */
export interface QueryClause {
  words: string[];
  phrase: boolean;
}

export type QueryProblem = 'empty' | 'noWords' | 'onlyCommonWords' | 'onlyExclusions';

export interface ParsedQuery {
  /** Clauses every result must satisfy. */
  required: QueryClause[];
  /** Clauses whose documents are left out (`-word`, `-"a phrase"`). */
  excluded: QueryClause[];
  /** Words beyond `MAX_WORDS` were ignored. */
  truncated: boolean;
  /** Why nothing can be searched, when nothing can. */
  problem?: QueryProblem;
}

/** Enough for any real query; a pasted page would otherwise ask the index for hundreds of terms at once. */
export const MAX_WORDS = 32;
/** Characters read from the query; the rest of a 10,000-character paste is ignored. */
export const MAX_QUERY_LENGTH = 1000;

const QUOTES = /["“”«»„]/u;

export function parseQuery(input: string): ParsedQuery {
  const text = input.length > MAX_QUERY_LENGTH ? input.slice(0, MAX_QUERY_LENGTH) : input;
  let truncated = input.length > MAX_QUERY_LENGTH;
  const required: QueryClause[] = [];
  const excluded: QueryClause[] = [];
  let budget = MAX_WORDS;

  // Split into quoted and unquoted stretches; an unclosed quote runs to the end of the query.
  const parts = text.split(QUOTES);
  parts.forEach((part, index) => {
    const quoted = index % 2 === 1;
    if (quoted) {
      const before = parts[index - 1] ?? '';
      const negated = /(?:^|\s)-\s*$/u.test(before);
      const words = tokenize(part).map((t) => t.folded);
      if (words.length === 0) return;
      if (words.length > budget) {
        truncated = true;
        words.length = budget;
      }
      budget -= words.length;
      if (words.length > 0) (negated ? excluded : required).push({ words, phrase: words.length > 1 });
      return;
    }
    // Outside quotes: `-word` excludes; a trailing `-` before a quote belongs to that quote.
    for (const raw of part.split(/\s+/u)) {
      if (!raw || raw === '-') continue;
      const negated = raw.startsWith('-');
      const words = tokenize(negated ? raw.slice(1) : raw).map((t) => t.folded);
      for (const word of words) {
        if (budget === 0) {
          truncated = true;
          break;
        }
        budget -= 1;
        (negated ? excluded : required).push({ words: [word], phrase: false });
      }
    }
  });

  const parsed: ParsedQuery = { required, excluded, truncated };
  if (!input.trim()) parsed.problem = 'empty';
  else if (required.length === 0 && excluded.length === 0) parsed.problem = 'noWords';
  else if (required.length === 0) parsed.problem = 'onlyExclusions';
  else if (required.every((clause) => clause.words.every(isStopWord))) parsed.problem = 'onlyCommonWords';
  return parsed;
}

/** The words of a clause that the index can look up (stop words are not indexed). */
export function significantWords(clause: QueryClause): string[] {
  return clause.words.filter((word) => !isStopWord(word));
}

// Where a search term occurs in each paragraph: case-insensitive, in reading order.
export interface TextMatch {
  /** Index of the paragraph in the list given. */
  paragraph: number;
  start: number;
  end: number;
}

/** Enough to find anything a jurist looks for; past it a search would stall the reader on a huge ruling. */
export const MAX_MATCHES = 5000;

/**
 * Lower-cases character by character so offsets stay those of the original text (a whole-string
 * toLocaleLowerCase can change lengths, e.g. for `İ`).
 */
function foldSameLength(text: string): string {
  let out = '';
  for (const char of text) {
    const lower = char.toLocaleLowerCase('fr');
    out += lower.length === char.length ? lower : char;
  }
  return out;
}

export function findMatches(paragraphs: readonly string[], query: string): TextMatch[] {
  const needle = foldSameLength(query.trim());
  if (!needle) return [];
  const matches: TextMatch[] = [];
  paragraphs.forEach((text, paragraph) => {
    const haystack = foldSameLength(text);
    for (let at = haystack.indexOf(needle); at >= 0 && matches.length < MAX_MATCHES; at = haystack.indexOf(needle, at + needle.length)) {
      matches.push({ paragraph, start: at, end: at + needle.length });
    }
  });
  return matches;
}

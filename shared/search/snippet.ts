// A short extract of a paragraph around its hits, with the hits as ranges (the view draws them; no HTML is built here).
import type { Range } from './match';

export interface Snippet {
  text: string;
  /** Ranges in `text` to highlight. */
  highlights: Range[];
  /** The extract starts or ends inside the paragraph (the view shows an ellipsis). */
  clippedStart: boolean;
  clippedEnd: boolean;
}

/**
 * The window of about `width` characters holding the most hits, widened to whole words. A paragraph
 * shorter than `width` is shown whole.
 */
export function makeSnippet(text: string, hits: readonly Range[], width = 260): Snippet {
  if (text.length <= width) return { text, highlights: hits.map((h) => ({ ...h })), clippedStart: false, clippedEnd: false };
  let bestStart = 0;
  let bestCount = -1;
  for (const hit of hits) {
    const start = Math.max(0, Math.min(hit.start - Math.floor(width / 4), text.length - width));
    const count = hits.filter((h) => h.start >= start && h.end <= start + width).length;
    if (count > bestCount) {
      bestCount = count;
      bestStart = start;
    }
  }
  let start = bestStart;
  let end = Math.min(text.length, start + width);
  // Widen to word boundaries so the extract never starts or ends in the middle of a word.
  while (start > 0 && /[\p{L}\p{N}]/u.test(text.charAt(start - 1))) start--;
  while (end < text.length && /[\p{L}\p{N}]/u.test(text.charAt(end))) end++;
  const highlights = hits.filter((h) => h.start >= start && h.end <= end).map((h) => ({ start: h.start - start, end: h.end - start }));
  const slice = text.slice(start, end);
  const lead = slice.length - slice.trimStart().length;
  return {
    text: slice.trim(),
    highlights: highlights.map((h) => ({ start: h.start - lead, end: h.end - lead })),
    clippedStart: start > 0,
    clippedEnd: end < text.length,
  };
}

// Plain text → blocks: paragraphs between blank lines with hard wraps undone, or one block per line.
import type { DraftBlock, ImportedDocument } from '../model';
import { isRuleOnly, normalizeBlockText } from './normalizeText';

// A line that opens a new block even inside a paragraph: a dash, bullet or claim (`1°)`),
// a numbered point (`7. `), a lettered item (`a) `) or an article of the operative part.
export const BLOCK_OPENER = /^(?:[-–—•·*▪]\s|\d{1,3}\s?°|\d{1,3}[.)]\s|[a-z]\)\s|Article\s+\d+(?:er)?\s*[:.–-])/u;

// No one hard-wraps text narrower than this, nor wider than that; outside this range the
// line breaks inside a paragraph are deliberate.
const MIN_WRAP_WIDTH = 40;
const MAX_WRAP_WIDTH = 200;

/**
 * Splits plain text into paragraph blocks.
 *
 * - If the text has blank lines, a paragraph is the lines between them, joined by single
 *   spaces, but only where a line was hard-wrapped: a line breaks the paragraph when the next
 *   line's first word would have fitted on it (so a header of short lines such as
 *   `Conseil d'État` / `N° 503163` stays one block per line), or when the next line opens a
 *   block (a dash, a `1°)` claim, a `7.` point, `Article 2 :`).
 * - Otherwise every non-empty line is a block.
 * - Plain text never yields headings: an all-capitals line (`CONSEIL D'ETAT`, `O R D O N N E :`)
 *   is a paragraph like any other; the legal pass, not typography, gives a ruling its structure.
 * - Lines made only of rule characters (`-----`) are dropped.
 */
export function textToBlocks(text: string): DraftBlock[] {
  const lines = text
    .replace(/\r\n?/g, '\n')
    // A form feed is a page break in old exports: it separates paragraphs.
    .replace(/\f/g, '\n\n')
    .split('\n')
    .map((line) => normalizeBlockText(line))
    // A rule line separates paragraphs like a blank line.
    .map((line) => (isRuleOnly(line) ? '' : line));

  const groups = splitOnBlankLines(lines);
  const hasBlankLineParagraphs = groups.length > 1;
  const wrapWidth = hasBlankLineParagraphs ? estimateWrapWidth(groups) : null;

  const paragraphs: string[] = [];
  for (const group of groups) {
    let current = group[0] ?? '';
    for (let i = 1; i < group.length; i++) {
      const previous = group[i - 1] ?? '';
      const line = group[i] ?? '';
      if (wrapWidth !== null && !BLOCK_OPENER.test(line) && wasWrapped(previous, line, wrapWidth)) {
        current = `${current} ${line}`;
      } else {
        paragraphs.push(current);
        current = line;
      }
    }
    if (current) paragraphs.push(current);
  }
  return paragraphs.map((paragraph) => ({ type: 'paragraph', text: paragraph }));
}

export function importText(text: string): ImportedDocument {
  return { meta: {}, blocks: textToBlocks(text), sourceFormat: 'text' };
}

function splitOnBlankLines(lines: readonly string[]): string[][] {
  const groups: string[][] = [];
  let group: string[] = [];
  for (const line of lines) {
    if (line) {
      group.push(line);
    } else if (group.length > 0) {
      groups.push(group);
      group = [];
    }
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

/**
 * The column at which the text was wrapped, or null when it was not: the 90th percentile of
 * the lengths of lines followed by another line of the same paragraph (a percentile, so one
 * long URL does not hide the wrapping of the rest).
 */
function estimateWrapWidth(groups: readonly (readonly string[])[]): number | null {
  const lengths = groups
    .flatMap((group) => group.slice(0, -1))
    .map((line) => line.length)
    .sort((a, b) => a - b);
  if (lengths.length === 0) return null;
  const width = lengths[Math.min(lengths.length - 1, Math.floor(lengths.length * 0.9))] ?? 0;
  if (width < MIN_WRAP_WIDTH || width > MAX_WRAP_WIDTH) return null;
  // In a hard-wrapped text (almost) no line is longer than the width; allow a few long URLs.
  const all = groups.flat();
  const overlong = all.filter((line) => line.length > width * 1.2).length;
  return overlong <= Math.max(1, all.length * 0.05) ? width : null;
}

/** A wrapping tool breaks a line only when the next word does not fit on it. */
function wasWrapped(line: string, next: string, wrapWidth: number): boolean {
  const firstWord = next.split(' ', 1)[0] ?? '';
  // 10 % slack: the estimated width may overshoot the real one by a few columns.
  return line.length + 1 + firstWord.length > wrapWidth * 0.9;
}

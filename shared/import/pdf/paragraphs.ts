// Lines in reading order → paragraph blocks: breaks from gaps, indents, short lines and openers; hyphens undone.
import type { DraftBlock } from '../../model';
import { isRuleOnly, normalizeBlockText } from '../normalizeText';
import { BLOCK_OPENER } from '../text';
import { appendLine, vocabularyOf } from './hyphenation';
import type { Line } from './layoutTypes';

/** A baseline gap this much above the usual line spacing is a paragraph break. */
const GAP_FACTOR = 1.35;
/** A first line set in by more than this (ems) starts a paragraph. */
const INDENT_EM = 1;
/** Room (ems) a line must leave beyond the next word for its break to be deliberate. */
const FIT_SLACK_EM = 1;
/** A size change of more than this between lines is a new block (a title, a footnote). */
const SIZE_CHANGE = 0.12;
/** Lines this much larger than the body text are headings. */
const HEADING_SIZE = 1.25;

// Typographic ligatures pdf.js passes through from some fonts; they would break search and quoting.
const LIGATURES: Readonly<Record<string, string>> = { ﬀ: 'ff', ﬁ: 'fi', ﬂ: 'fl', ﬃ: 'ffi', ﬄ: 'ffl', ﬅ: 'st', ﬆ: 'st' };

function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  values.sort((a, b) => a - b);
  return values[Math.min(values.length - 1, Math.floor(values.length * p))] ?? null;
}

/** The font size that most characters are set in. */
function bodySize(lines: readonly Line[]): number {
  const weight = new Map<number, number>();
  for (const line of lines) {
    const size = Math.round(line.fontSize * 2) / 2;
    weight.set(size, (weight.get(size) ?? 0) + line.text.length);
  }
  let best = 0;
  let size = 0;
  for (const [candidate, count] of weight) {
    if (count > best) [best, size] = [count, candidate];
  }
  return size || 1;
}

/**
 * The usual baseline-to-baseline distance, in ems: a low percentile of the distances between
 * lines of one flow, so that a document made of short paragraphs still shows its line spacing.
 */
function lineSpacingEm(lines: readonly Line[]): number {
  const ratios: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1] as Line;
    const line = lines[i] as Line;
    if (prev.flow !== line.flow || Math.abs(prev.fontSize - line.fontSize) > prev.fontSize * SIZE_CHANGE) continue;
    const gap = line.y - prev.y;
    if (gap > 0 && gap < 4 * line.fontSize) ratios.push(gap / line.fontSize);
  }
  return percentile(ratios, 0.25) ?? 1.2;
}

/** True when `prev` ended a paragraph before `line`, rather than wrapping into it. */
function startsParagraph(prev: Line, line: Line, paragraphOpener: boolean, spacingEm: number): boolean {
  const em = line.fontSize;
  if (Math.abs(prev.fontSize - line.fontSize) > Math.max(prev.fontSize, line.fontSize) * SIZE_CHANGE) return true;
  if (BLOCK_OPENER.test(line.text)) return true;
  if (prev.flow === line.flow) {
    if (line.y - prev.y > spacingEm * em * GAP_FACTOR) return true;
    // A first-line indent, unless the paragraph opened with a dash or number and hangs.
    if (!paragraphOpener && line.x0 - prev.x0 > INDENT_EM * em && line.x0 - line.columnLeft > INDENT_EM * em) return true;
  }
  // A line hyphenated at its end was wrapped, whatever its length.
  if (/[\p{L}\p{M}][-\u2010\u00AD]$/u.test(prev.text)) return false;
  // Would the next line's first word have fitted at the end of this one? Then the break was deliberate.
  const charWidth = (prev.x1 - prev.x0) / Math.max(1, prev.text.length);
  const firstWord = line.text.trimStart().split(/\s/u, 1)[0] ?? '';
  return prev.x1 + charWidth * (1 + firstWord.length) + FIT_SLACK_EM * em < prev.columnRight;
}

interface Paragraph {
  lines: Line[];
  opener: boolean;
}

/**
 * Builds paragraph blocks from lines in reading order (furniture already removed). A block
 * keeps the page it starts on and, for recognised text, the confidence of its characters.
 */
export function linesToBlocks(lines: readonly Line[]): DraftBlock[] {
  // A rule drawn with characters (`-------`) separates paragraphs; it is not text.
  const separators = new Set<Line>();
  const kept: Line[] = [];
  for (const line of lines) {
    const text = line.text.trim();
    if (text === '' || isRuleOnly(text)) separators.add(line);
    else kept.push(line);
  }
  if (kept.length === 0) return [];
  const body = bodySize(kept);
  const spacingEm = lineSpacingEm(kept);

  const paragraphs: Paragraph[] = [];
  let current: Paragraph | null = null;
  let previous: Line | null = null;
  for (const line of lines) {
    if (separators.has(line)) {
      previous = null;
      current = null;
      continue;
    }
    if (!current || !previous || startsParagraph(previous, line, current.opener, spacingEm)) {
      current = { lines: [], opener: BLOCK_OPENER.test(line.text.trimStart()) };
      paragraphs.push(current);
    }
    current.lines.push(line);
    previous = line;
  }

  const vocabulary = vocabularyOf(kept.map((line) => line.text));
  const blocks: DraftBlock[] = [];
  for (const paragraph of paragraphs) {
    const first = paragraph.lines[0] as Line;
    let text = '';
    for (const line of paragraph.lines) text = appendLine(text, line.text, vocabulary);
    text = normalizeBlockText(text.replace(/[ﬀ-ﬆ]/gu, (ligature) => LIGATURES[ligature] ?? ligature));
    if (!text) continue;
    const block: DraftBlock = { type: 'paragraph', text, page: first.page };
    // Only a text layer's font sizes say "heading": a recognised line's box also grows with
    // speckles and skew, and a noisy paragraph must not turn into a title.
    if (first.confidence === undefined && first.fontSize >= body * HEADING_SIZE && paragraph.lines.length <= 3) {
      block.type = 'heading';
      block.level = first.fontSize >= body * 1.6 ? 1 : 2;
    }
    const confidence = meanConfidence(paragraph.lines);
    if (confidence !== undefined) block.ocrConfidence = confidence;
    blocks.push(block);
  }
  return blocks;
}

/** The mean of the lines' confidences weighted by their length, rounded; undefined for a text layer. */
function meanConfidence(lines: readonly Line[]): number | undefined {
  let weight = 0;
  let sum = 0;
  for (const line of lines) {
    if (line.confidence === undefined) continue;
    const chars = line.text.trim().length;
    weight += chars;
    sum += line.confidence * chars;
  }
  return weight > 0 ? Math.round(sum / weight) : undefined;
}

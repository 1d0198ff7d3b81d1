// The word-level difference between two paragraphs: jsdiff's array diff over French word tokens, tidied for reading.
import { diffArrays } from 'diff';
import type { DiffPart } from './types';
import { countWords, wordTokens } from './tokens';

/** Appends, folding into the previous part when the operation is the same. */
function push(parts: DiffPart[], op: DiffPart['op'], text: string): void {
  if (text === '') return;
  const last = parts.at(-1);
  if (last && last.op === op) last.text += text;
  else parts.push({ op, text });
}

/** A space, a comma, or one short word (`de`, `la`) with its spaces: too little to stand between two changes. */
const isSeparator = (part: DiffPart) => part.op === 'equal' && part.text.length <= 6 && /^[^\p{L}\p{N}]*(?:[\p{L}\p{N}]{1,3}['\u2019]?)?[^\p{L}\p{N}]*$/u.test(part.text);

/**
 * A lone space, comma or `de` kept between two changes makes `a b` → `c d` read as four edits; a reader
 * sees one deletion and one insertion. So within a run of changes joined by such separators, the
 * deletions go first and the insertions after, each keeping the separators (both sides stay whole).
 */
function tidy(parts: readonly DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let i = 0;
  while (i < parts.length) {
    const part = parts[i] as DiffPart;
    if (part.op === 'equal') {
      push(out, 'equal', part.text);
      i++;
      continue;
    }
    // The run: changes, and separators that have a change on their right.
    let end = i;
    while (end < parts.length && ((parts[end] as DiffPart).op !== 'equal' || (isSeparator(parts[end] as DiffPart) && parts[end + 1] !== undefined && (parts[end + 1] as DiffPart).op !== 'equal'))) end++;
    const run = parts.slice(i, end);
    const hasBoth = run.some((p) => p.op === 'delete') && run.some((p) => p.op === 'insert');
    if (!hasBoth) for (const p of run) push(out, p.op, p.text);
    else {
      push(out, 'delete', run.filter((p) => p.op !== 'insert').map((p) => p.text).join(''));
      push(out, 'insert', run.filter((p) => p.op !== 'delete').map((p) => p.text).join(''));
    }
    i = end;
  }
  return out;
}

/**
 * Sentences (or clauses) with the spaces after them. Segmenting words costs ~1 µs a character, so
 * the diff first compares sentences whole and segments only those that differ.
 */
function sentences(text: string): string[] {
  return text.match(/[^.;:!?\n]*(?:[.;:!?\n]+|$)\s*/gu)?.filter((s) => s !== '') ?? [];
}

/** A paragraph separator: always a word boundary, and never inside block text. */
const SEPARATOR = '\u2029';

/** Both texts' tokens from one call: each call to the segmenter has a fixed cost that dwarfs a short text. */
function tokensOfBoth(x: string, y: string): [string[], string[]] {
  if (x.includes(SEPARATOR) || y.includes(SEPARATOR)) return [wordTokens(x), wordTokens(y)];
  const tokens = wordTokens(`${x}${SEPARATOR}${y}`);
  const cut = tokens.indexOf(SEPARATOR);
  return [tokens.slice(0, cut), tokens.slice(cut + 1)];
}

/**
 * Lengths of the common start and end of two texts, cut at a space so that no word is split:
 * a one-word edit in a long sentence then costs the segmenter a few characters, not the sentence.
 */
function commonEdges(x: string, y: string): [number, number] {
  const limit = Math.min(x.length, y.length);
  let head = 0;
  while (head < limit && x.charCodeAt(head) === y.charCodeAt(head)) head++;
  while (head > 0 && !/\s/u.test(x.charAt(head - 1))) head--;
  let tail = 0;
  while (tail < limit - head && x.charCodeAt(x.length - 1 - tail) === y.charCodeAt(y.length - 1 - tail)) tail++;
  while (tail > 0 && !/\s/u.test(x.charAt(x.length - tail))) tail--;
  return [head, tail];
}

/** Parts whose `equal`+`delete` texts give `before` and whose `equal`+`insert` texts give `after`. */
export function wordDiff(before: string, after: string): DiffPart[] {
  if (before === after) return before === '' ? [] : [{ op: 'equal', text: before }];
  const parts: DiffPart[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const pair = (x: string, y: string) => {
    if (x === '' || y === '') {
      push(parts, 'delete', x);
      push(parts, 'insert', y);
      return;
    }
    const [head, tail] = commonEdges(x, y);
    push(parts, 'equal', x.slice(0, head));
    const [middleA, middleB] = tokensOfBoth(x.slice(head, x.length - tail), y.slice(head, y.length - tail));
    for (const change of diffArrays(middleA, middleB)) push(parts, change.added ? 'insert' : change.removed ? 'delete' : 'equal', change.value.join(''));
    push(parts, 'equal', x.slice(x.length - tail));
  };
  const flush = () => {
    // As many sentences on each side: each was edited in place, and is diffed with its counterpart alone.
    if (removed.length === added.length) removed.forEach((x, k) => pair(x, added[k] as string));
    else pair(removed.join(''), added.join(''));
    removed = [];
    added = [];
  };
  for (const change of diffArrays(sentences(before), sentences(after))) {
    if (change.removed) removed.push(...change.value);
    else if (change.added) added.push(...change.value);
    else {
      flush();
      push(parts, 'equal', change.value.join(''));
    }
  }
  flush();
  return tidy(parts);
}

/** Words a diff adds and removes, counted as countWords does. */
export function diffWordCounts(parts: readonly DiffPart[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const part of parts) {
    if (part.op === 'insert') added += countWords(part.text);
    else if (part.op === 'delete') removed += countWords(part.text);
  }
  return { added, removed };
}

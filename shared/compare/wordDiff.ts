// The word-level difference between two paragraphs: jsdiff's array diff over French word tokens, tidied for reading.
import { diffArrays } from 'diff';
import type { DiffPart } from './types';
import { isWordToken, wordTokens } from './tokens';

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

/** Parts whose `equal`+`delete` texts give `before` and whose `equal`+`insert` texts give `after`. */
export function wordDiff(before: string, after: string): DiffPart[] {
  if (before === after) return before === '' ? [] : [{ op: 'equal', text: before }];
  const changes = diffArrays(wordTokens(before), wordTokens(after));
  const parts: DiffPart[] = [];
  for (const change of changes) push(parts, change.added ? 'insert' : change.removed ? 'delete' : 'equal', change.value.join(''));
  return tidy(parts);
}

/** Words a diff adds and removes. */
export function diffWordCounts(parts: readonly DiffPart[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const part of parts) {
    if (part.op === 'equal') continue;
    const words = wordTokens(part.text).filter(isWordToken).length;
    if (part.op === 'insert') added += words;
    else removed += words;
  }
  return { added, removed };
}

// Aligns two decisions paragraph by paragraph: identical by hash, changed by similarity, moved, split, renumbered.
import { diffArrays } from 'diff';
import { comparisonKey, splitNumber, type SplitParagraph } from './paragraphText';
import { pairHunk } from './pairParagraphs';
import { dice, diceBound, Vocabulary } from './similarity';
import { summarise } from './summary';
import type { AlignedRow, CompareParagraph, CompareProgress, Comparison } from './types';
import { wordDiff } from './wordDiff';

/** A paragraph moved elsewhere and edited must be closer to its old self than a merely edited one. */
const MOVE_THRESHOLD = 0.6;
/** Above this many leftover pairs, looking for moved-and-edited paragraphs would cost more than it tells. */
const MOVE_SEARCH_LIMIT = 4_000_000;

export interface AlignOptions {
  onProgress?: (progress: CompareProgress) => void;
}

/** Prepared paragraphs of one side: number split off, comparison key as an integer, word sets on demand. */
class Side {
  readonly parts: SplitParagraph[];
  readonly keys: Int32Array;
  private readonly sets: Array<Int32Array | undefined>;

  constructor(paragraphs: readonly CompareParagraph[], interned: Map<string, number>, private readonly vocabulary: Vocabulary) {
    this.parts = paragraphs.map((p) => splitNumber(p.text, p.number));
    this.keys = new Int32Array(this.parts.length);
    this.parts.forEach((part, index) => {
      const key = comparisonKey(part.body);
      let id = interned.get(key);
      if (id === undefined) {
        id = interned.size;
        interned.set(key, id);
      }
      this.keys[index] = id;
    });
    this.sets = new Array<Int32Array | undefined>(this.parts.length);
  }

  set = (index: number): Int32Array => (this.sets[index] ??= this.vocabulary.wordSet((this.parts[index] as SplitParagraph).body));
  body = (index: number): string => (this.parts[index] as SplitParagraph).body;
  number = (index: number): string | undefined => (this.parts[index] as SplitParagraph).number;
  /** Paragraphs compared as one (a split or merge): the first without its number, which the row shows apart; the others whole. */
  joined = (indexes: readonly number[]): string =>
    indexes.map((index, k) => (k === 0 ? this.body(index) : (this.parts[index] as SplitParagraph).prefix + this.body(index))).join('\n');
}

/** Equal runs and hunks, from jsdiff's Myers diff over the paragraphs' keys. */
function hunks(a: Side, b: Side): Array<{ equal: Array<[number, number]> } | { removed: number[]; added: number[] }> {
  const changes = diffArrays(Array.from(a.keys), Array.from(b.keys));
  const out: Array<{ equal: Array<[number, number]> } | { removed: number[]; added: number[] }> = [];
  let i = 0;
  let j = 0;
  let hunk: { removed: number[]; added: number[] } | null = null;
  for (const change of changes) {
    const count = change.count;
    if (!change.added && !change.removed) {
      hunk = null;
      const equal: Array<[number, number]> = [];
      for (let n = 0; n < count; n++) equal.push([i++, j++]);
      out.push({ equal });
      continue;
    }
    if (!hunk) {
      hunk = { removed: [], added: [] };
      out.push(hunk);
    }
    for (let n = 0; n < count; n++) {
      if (change.removed) hunk.removed.push(i++);
      else hunk.added.push(j++);
    }
  }
  return out;
}

/** Removed and added rows that are the same paragraph in another place become a move. */
function findMoves(rows: AlignedRow[], a: Side, b: Side): void {
  const removedRows: number[] = [];
  const addedRows: number[] = [];
  rows.forEach((row, index) => {
    if (row.kind === 'removed') removedRows.push(index);
    else if (row.kind === 'added') addedRows.push(index);
  });
  if (removedRows.length === 0 || addedRows.length === 0) return;
  const byKey = new Map<number, number[]>();
  for (const index of addedRows) {
    const row = rows[index] as Extract<AlignedRow, { kind: 'added' }>;
    const key = b.keys[row.b] as number;
    byKey.set(key, [...(byKey.get(key) ?? []), index]);
  }
  const moved = (removedIndex: number, addedIndex: number, edited: boolean) => {
    const from = (rows[removedIndex] as Extract<AlignedRow, { kind: 'removed' }>).a;
    const to = (rows[addedIndex] as Extract<AlignedRow, { kind: 'added' }>).b;
    rows[removedIndex] = { kind: 'movedOut', a: from, to };
    rows[addedIndex] = { kind: 'movedIn', b: to, from, diff: edited ? wordDiff(a.body(from), b.body(to)) : null };
  };
  const leftA: number[] = [];
  for (const index of removedRows) {
    const row = rows[index] as Extract<AlignedRow, { kind: 'removed' }>;
    const candidates = byKey.get(a.keys[row.a] as number);
    const target = candidates?.shift();
    if (target !== undefined) moved(index, target, false);
    else leftA.push(index);
  }
  const leftB = addedRows.filter((index) => rows[index]?.kind === 'added');
  if (leftA.length * leftB.length > MOVE_SEARCH_LIMIT) return;
  const scored: Array<[number, number, number]> = [];
  for (const x of leftA) {
    const setX = a.set((rows[x] as Extract<AlignedRow, { kind: 'removed' }>).a);
    for (const y of leftB) {
      const setY = b.set((rows[y] as Extract<AlignedRow, { kind: 'added' }>).b);
      if (diceBound(setX.length, setY.length) < MOVE_THRESHOLD) continue;
      const score = dice(setX, setY);
      if (score >= MOVE_THRESHOLD) scored.push([score, x, y]);
    }
  }
  scored.sort((p, q) => q[0] - p[0]);
  const taken = new Set<number>();
  for (const [, x, y] of scored) {
    if (taken.has(x) || taken.has(y)) continue;
    taken.add(x).add(y);
    moved(x, y, true);
  }
}

/** Aligns decision A with decision B (paragraphs in reading order). Pure; a worker runs it for the interface. */
export function alignDecisions(paragraphsA: readonly CompareParagraph[], paragraphsB: readonly CompareParagraph[], options: AlignOptions = {}): Comparison {
  const report = options.onProgress ?? (() => undefined);
  const interned = new Map<string, number>();
  const vocabulary = new Vocabulary();
  const a = new Side(paragraphsA, interned, vocabulary);
  const b = new Side(paragraphsB, interned, vocabulary);
  report({ phase: 'aligning', done: 0, total: 1 });
  const segments = hunks(a, b);
  const rows: AlignedRow[] = [];
  const pending: number[] = [];
  segments.forEach((segment, index) => {
    if (index % 64 === 0) report({ phase: 'pairing', done: index, total: segments.length });
    if ('equal' in segment) {
      for (const [i, j] of segment.equal) rows.push({ kind: 'identical', a: i, b: j, renumbered: a.number(i) !== b.number(j) });
      return;
    }
    for (const group of pairHunk(segment.removed, segment.added, a.set, b.set)) {
      const [i] = group.a;
      const [j] = group.b;
      if (i === undefined && j !== undefined) rows.push({ kind: 'added', b: j });
      else if (j === undefined && i !== undefined) rows.push({ kind: 'removed', a: i });
      else if (i !== undefined && j !== undefined) {
        pending.push(rows.length);
        rows.push({ kind: 'changed', a: group.a, b: group.b, similarity: 0, diff: [], renumbered: a.number(i) !== b.number(j) });
      }
    }
  });
  findMoves(rows, a, b);
  pending.forEach((rowIndex, n) => {
    if (n % 64 === 0) report({ phase: 'diffing', done: n, total: pending.length });
    const row = rows[rowIndex] as Extract<AlignedRow, { kind: 'changed' }>;
    const before = a.joined(row.a);
    const after = b.joined(row.b);
    row.diff = wordDiff(before, after);
    const single = row.a.length === 1 && row.b.length === 1;
    row.similarity = single ? dice(a.set(row.a[0] as number), b.set(row.b[0] as number)) : dice(vocabulary.wordSet(before), vocabulary.wordSet(after));
  });
  report({ phase: 'diffing', done: pending.length, total: pending.length });
  return { rows, summary: summarise(rows, a.body, b.body) };
}

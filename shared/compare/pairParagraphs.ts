// Pairs the paragraphs a hunk removed with those it added: the most similar, in order, and the pieces of a split or merge.
import { containment, dice, diceBound } from './similarity';

/** Below this Dice score two paragraphs are different paragraphs, not one edited. */
export const PAIR_THRESHOLD = 0.5;
/**
 * A short line replaced by one other between two identical paragraphs is the same line rewritten
 * unless they have almost nothing in common: the place vouches for the pairing, and a short line
 * such as `Lecture du mardi 12 mars 2024` → `Lecture du vendredi 25 avril 2025` keeps only a third
 * of its words. Long paragraphs keep the usual threshold: unrelated ones share a third of their
 * words through `de`, `la` and `les` alone.
 */
const LONE_PAIR_THRESHOLD = 0.3;
const SHORT_LINE_WORDS = 12;
/** A piece of a split (or merge) must take this share of its words from the paragraph it came from. */
const SPLIT_CONTAINMENT = 0.8;
/** A piece this short ("Sur l'urgence :") is too common to be called a piece of anything. */
const MIN_PIECE_WORDS = 4;
/** Above this many candidate pairs the full alignment costs too much; pairs are then sought near the diagonal. */
const FULL_DP_LIMIT = 250_000;
const BAND = 64;

/** One group of the hunk: removed indexes, added indexes (both possibly empty, never both). */
export interface HunkPair {
  a: number[];
  b: number[];
}

type WordSets = (index: number) => Int32Array;

function similarity(x: Int32Array, y: Int32Array): number {
  return diceBound(x.length, y.length) < PAIR_THRESHOLD ? 0 : dice(x, y);
}

/** Order-preserving pairs (i, j) maximising total similarity: a weighted LCS over the hunk. */
function bestPairs(removed: readonly number[], added: readonly number[], setA: WordSets, setB: WordSets): Array<[number, number]> {
  const k = removed.length;
  const m = added.length;
  if (k * m > FULL_DP_LIMIT) return bandedPairs(removed, added, setA, setB);
  const width = m + 1;
  const score = new Float64Array((k + 1) * width);
  const weight = new Float32Array(k * m);
  for (let i = 0; i < k; i++) {
    const x = setA(removed[i] as number);
    for (let j = 0; j < m; j++) {
      const w = similarity(x, setB(added[j] as number));
      weight[i * m + j] = w >= PAIR_THRESHOLD ? w : 0;
    }
  }
  for (let i = 1; i <= k; i++) {
    for (let j = 1; j <= m; j++) {
      const w = weight[(i - 1) * m + (j - 1)] as number;
      const diag = w > 0 ? (score[(i - 1) * width + (j - 1)] as number) + w : 0;
      score[i * width + j] = Math.max(score[(i - 1) * width + j] as number, score[i * width + (j - 1)] as number, diag);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = k;
  let j = m;
  while (i > 0 && j > 0) {
    const here = score[i * width + j] as number;
    if (here === score[(i - 1) * width + j]) i--;
    else if (here === score[i * width + (j - 1)]) j--;
    else {
      pairs.push([i - 1, j - 1]);
      i--;
      j--;
    }
  }
  return pairs.reverse();
}

/** For a huge hunk: each removed paragraph looks for its best match near its proportional place, after the last pair. */
function bandedPairs(removed: readonly number[], added: readonly number[], setA: WordSets, setB: WordSets): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  let next = 0;
  for (let i = 0; i < removed.length; i++) {
    const centre = Math.round((i * added.length) / removed.length);
    let best = -1;
    let bestScore = PAIR_THRESHOLD;
    const x = setA(removed[i] as number);
    for (let j = Math.max(next, centre - BAND); j < Math.min(added.length, centre + BAND); j++) {
      const s = similarity(x, setB(added[j] as number));
      if (s >= bestScore) {
        best = j;
        bestScore = s;
      }
    }
    if (best >= 0) {
      pairs.push([i, best]);
      next = best + 1;
    }
  }
  return pairs;
}

/** Grows a pair over neighbouring unpaired paragraphs that are pieces of it (a split in B, a merge in A). */
function grow(group: number[], side: readonly number[], used: boolean[], sets: WordSets, whole: Int32Array): void {
  const isPiece = (position: number) => {
    if (position < 0 || position >= side.length || used[position]) return false;
    const set = sets(side[position] as number);
    return set.length >= MIN_PIECE_WORDS && containment(set, whole) >= SPLIT_CONTAINMENT;
  };
  while (isPiece((group[0] as number) - 1)) {
    const position = (group[0] as number) - 1;
    used[position] = true;
    group.unshift(position);
  }
  while (isPiece((group.at(-1) as number) + 1)) {
    const position = (group.at(-1) as number) + 1;
    used[position] = true;
    group.push(position);
  }
}

/** Groups in reading order: unpaired removals, unpaired additions, then each pair, hunk position by hunk position. */
export function pairHunk(removed: readonly number[], added: readonly number[], setA: WordSets, setB: WordSets): HunkPair[] {
  if (removed.length === 0 || added.length === 0) {
    return [...removed.map((a) => ({ a: [a], b: [] })), ...added.map((b) => ({ a: [], b: [b] }))];
  }
  if (removed.length === 1 && added.length === 1) {
    const [a] = removed as [number];
    const [b] = added as [number];
    const [x, y] = [setA(a), setB(b)];
    const threshold = Math.max(x.length, y.length) <= SHORT_LINE_WORDS ? LONE_PAIR_THRESHOLD : PAIR_THRESHOLD;
    return dice(x, y) >= threshold ? [{ a: [a], b: [b] }] : [{ a: [a], b: [] }, { a: [], b: [b] }];
  }
  const pairs = bestPairs(removed, added, setA, setB);
  const usedA = removed.map(() => false);
  const usedB = added.map(() => false);
  for (const [i, j] of pairs) {
    usedA[i] = true;
    usedB[j] = true;
  }
  const groups = pairs.map(([i, j]) => {
    const a = [i];
    const b = [j];
    grow(b, added, usedB, setB, setA(removed[i] as number));
    grow(a, removed, usedA, setA, setB(added[j] as number));
    return { a, b };
  });
  const out: HunkPair[] = [];
  let i = 0;
  let j = 0;
  const flushTo = (iEnd: number, jEnd: number) => {
    for (; i < iEnd; i++) if (!usedA[i]) out.push({ a: [removed[i] as number], b: [] });
    for (; j < jEnd; j++) if (!usedB[j]) out.push({ a: [], b: [added[j] as number] });
  };
  for (const group of groups) {
    flushTo(group.a[0] as number, group.b[0] as number);
    out.push({ a: group.a.map((x) => removed[x] as number), b: group.b.map((y) => added[y] as number) });
    i = Math.max(i, (group.a.at(-1) as number) + 1);
    j = Math.max(j, (group.b.at(-1) as number) + 1);
  }
  flushTo(removed.length, added.length);
  return out;
}

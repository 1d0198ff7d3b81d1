// How alike two paragraphs are: Dice's coefficient over their sets of lower-cased words.

/** Interns words as integers so that sets compare by merging sorted arrays, without string comparisons. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();

  /** The paragraph's distinct words as sorted ids. */
  wordSet(text: string): Int32Array {
    const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const set = new Set<number>();
    for (const word of words) {
      let id = this.ids.get(word);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(word, id);
      }
      set.add(id);
    }
    return Int32Array.from(set).sort();
  }
}

export function intersectionSize(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

/** 2|A∩B| / (|A|+|B|): 1 for the same words, 0 for none in common. */
export function dice(a: Int32Array, b: Int32Array): number {
  const total = a.length + b.length;
  if (total === 0) return 1;
  return (2 * intersectionSize(a, b)) / total;
}

/** The largest Dice two sets of these sizes could reach. */
export function diceBound(sizeA: number, sizeB: number): number {
  const total = sizeA + sizeB;
  return total === 0 ? 1 : (2 * Math.min(sizeA, sizeB)) / total;
}

/** Share of `part`'s words found in `whole`: how much of a split-off paragraph came from the original. */
export function containment(part: Int32Array, whole: Int32Array): number {
  return part.length === 0 ? 0 : intersectionSize(part, whole) / part.length;
}

/** Sorted union of word sets, for a paragraph split in two compared with the one it came from. */
export function unionSet(sets: readonly Int32Array[]): Int32Array {
  const all = new Set<number>();
  for (const set of sets) for (const id of set) all.add(id);
  return Int32Array.from(all).sort();
}

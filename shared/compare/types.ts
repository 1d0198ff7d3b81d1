// The shapes of a comparison: the paragraphs going in, the aligned rows and the summary coming out.

/** One paragraph of a decision as the engine sees it: a block's id, text and legal number. */
export interface CompareParagraph {
  id: string;
  text: string;
  /** The legal paragraph number (`"7"`), when the import found one. */
  number?: string;
}

/** A stretch of a word diff: kept, inserted (only in B) or deleted (only in A). */
export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/**
 * One row of the side-by-side view, indexes into A's and B's paragraphs.
 * `renumbered`: the legal number differs while the text does not (`7.` became `8.`).
 * A split paragraph (one in A, two in B) or a merge (two in A, one in B) is a changed row with several indexes.
 * A moved paragraph appears twice: where it was in A (`movedOut`) and where it is in B (`movedIn`).
 */
export type AlignedRow =
  | { kind: 'identical'; a: number; b: number; renumbered: boolean }
  | { kind: 'changed'; a: number[]; b: number[]; similarity: number; diff: DiffPart[]; renumbered: boolean }
  | { kind: 'removed'; a: number }
  | { kind: 'added'; b: number }
  | { kind: 'movedOut'; a: number; to: number }
  | { kind: 'movedIn'; b: number; from: number; diff: DiffPart[] | null };

export interface CompareSummary {
  identical: number;
  /** Among the identical ones, those whose number changed. */
  renumbered: number;
  changed: number;
  added: number;
  removed: number;
  moved: number;
  wordsAdded: number;
  wordsRemoved: number;
}

export interface Comparison {
  rows: AlignedRow[];
  summary: CompareSummary;
}

/** Reported while a long comparison runs: a phase and how far into it. */
export interface CompareProgress {
  phase: 'aligning' | 'pairing' | 'diffing';
  done: number;
  total: number;
}

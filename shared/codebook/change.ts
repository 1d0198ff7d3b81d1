// A change to the library as data: each row's value before and after, so any change can be applied, undone and redone.
import type { Annotation, Tag } from '../model';

/** One row: absent `before` means it was created, absent `after` means it was deleted. */
export interface RowChange<T> {
  id: string;
  before?: T;
  after?: T;
}

/** What a user action does; `kind` names it in the undo history. */
export interface Change {
  kind: ChangeKind;
  tags: RowChange<Tag>[];
  annotations: RowChange<Annotation>[];
}

export type ChangeKind = 'tag' | 'untag' | 'retag' | 'removePassage' | 'merge' | 'deleteTag' | 'editTag' | 'createTag' | 'editPassage' | 'acceptSuggestions' | 'carryOver';

export function invertChange(change: Change): Change {
  const flip = <T>(rows: RowChange<T>[]): RowChange<T>[] =>
    rows.map(({ id, before, after }) => ({ id, ...(after !== undefined ? { before: after } : {}), ...(before !== undefined ? { after: before } : {}) })).reverse();
  return { kind: change.kind, tags: flip(change.tags), annotations: flip(change.annotations) };
}

export function isEmptyChange(change: Change): boolean {
  return change.tags.length === 0 && change.annotations.length === 0;
}

/** Applies a change to rows held in memory (the database applies the same rows in one transaction). */
export function applyToRows<T extends { id: string }>(rows: readonly T[], changes: readonly RowChange<T>[]): T[] {
  const byId = new Map(rows.map((row) => [row.id, row] as const));
  for (const change of changes) {
    if (change.after === undefined) byId.delete(change.id);
    else byId.set(change.id, change.after);
  }
  return [...byId.values()];
}

export function rowChange<T extends { id: string }>(before: T | undefined, after: T | undefined): RowChange<T> {
  const id = (after ?? before)?.id;
  if (id === undefined) throw new Error('A row change needs a row before or after.');
  return { id, ...(before !== undefined ? { before } : {}), ...(after !== undefined ? { after } : {}) };
}

/** Folds several changes to the same row into one (first `before`, last `after`), so a change applies in any order. */
export function compactRows<T>(rows: readonly RowChange<T>[]): RowChange<T>[] {
  const byId = new Map<string, RowChange<T>>();
  for (const row of rows) {
    const seen = byId.get(row.id);
    const before = seen ? seen.before : row.before;
    byId.set(row.id, { id: row.id, ...(before !== undefined ? { before } : {}), ...(row.after !== undefined ? { after: row.after } : {}) });
  }
  // A row created and deleted within the same change never existed.
  return [...byId.values()].filter((row) => row.before !== undefined || row.after !== undefined);
}

export function compactChange(change: Change): Change {
  return { kind: change.kind, tags: compactRows(change.tags), annotations: compactRows(change.annotations) };
}

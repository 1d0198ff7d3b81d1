// Passages being written: shown at once from memory, so a new mark is drawn on the key press and not after
// the database write and the re-read of every passage; the live rows take over as soon as they include them.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Annotation } from '../../../shared/model';

const NONE: ReadonlyMap<string, Annotation> = new Map();
/** Pending rows the stored ones have caught up with (same or newer version) are no longer needed. */
const caughtUp = (row: Annotation, stored: ReadonlyMap<string, Annotation>) => (stored.get(row.id)?.updatedAt ?? -Infinity) >= row.updatedAt;

export function usePendingPassages(stored: Annotation[] | undefined) {
  const [pending, setPending] = useState(NONE);
  const written = useRef(new Set<string>());
  // Looked up only while rows are pending (a tagging being saved): not built for the 2,000 passages of every opening.
  const storedById = useMemo(() => {
    let map: Map<string, Annotation> | null = null;
    return () => (map ??= new Map((stored ?? []).map((p) => [p.id, p] as const)));
  }, [stored]);

  // Pruned when the live query answers, not when the write resolves: between the two the mark would blink out.
  // A row already written goes with the next answer whatever it holds, so an undo that removes it right away
  // cannot leave a mark the library no longer has.
  useEffect(() => {
    setPending((current) => {
      if (current.size === 0) return current;
      const left = new Map([...current].filter(([id, row]) => !caughtUp(row, storedById()) && !written.current.has(id)));
      return left.size === current.size ? current : left;
    });
  }, [storedById]);

  const passages = useMemo(() => {
    if (!stored) return undefined;
    if (pending.size === 0) return stored;
    const byId = storedById();
    const fresh = [...pending.values()].filter((row) => !caughtUp(row, byId));
    if (fresh.length === 0) return stored;
    const replaced = new Map(fresh.map((row) => [row.id, row] as const));
    const merged = stored.map((p) => replaced.get(p.id) ?? p);
    for (const row of fresh) if (!byId.has(row.id)) merged.push(row);
    return merged;
  }, [pending, stored, storedById]);

  /** Shows rows about to be written. */
  const preview = useCallback((rows: readonly Annotation[]) => {
    // A passage written before and changed again is pending anew until this write lands.
    for (const row of rows) written.current.delete(row.id);
    if (rows.length > 0) setPending((current) => new Map([...current, ...rows.map((row) => [row.id, row] as const)]));
  }, []);
  /** Notes rows whose write has landed: the live query's next answer is the truth about them. */
  const settle = useCallback((ids: readonly string[]) => {
    for (const id of ids) written.current.add(id);
  }, []);
  /** Drops rows whose write failed, so the text does not show what the library does not hold. */
  const discard = useCallback((ids: readonly string[]) => {
    setPending((current) => new Map([...current].filter(([id]) => !ids.includes(id))));
  }, []);

  return { passages, preview, settle, discard };
}

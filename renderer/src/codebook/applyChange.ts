// Writes a Change to the library: all its tag and passage rows in one Dexie transaction, so it lands whole or not at all.
import { compactChange, type Change } from '../../../shared/codebook/change';
import type { Annotation, Tag } from '../../../shared/model';
import { db } from '../db/database';

export async function applyChange(raw: Change): Promise<void> {
  // Deletes go before puts below, so each row must appear once.
  const change = compactChange(raw);
  const tagPuts = change.tags.flatMap((r) => (r.after ? [r.after] : []));
  const tagDeletes = change.tags.flatMap((r) => (r.after ? [] : [r.id]));
  const passagePuts = change.annotations.flatMap((r) => (r.after ? [r.after] : []));
  const passageDeletes = change.annotations.flatMap((r) => (r.after ? [] : [r.id]));
  await db.transaction('rw', db.tags, db.annotations, async () => {
    // Notes are typed outside the history: a passage written back by undo or redo keeps the note it has now.
    const current = await db.annotations.bulkGet(passagePuts.map((p) => p.id));
    const puts: Annotation[] = passagePuts.map((row, i) => {
      const now = current[i];
      if (!now) return row;
      const { note: _note, noteState: _state, ...rest } = row;
      return { ...rest, ...(now.note !== undefined ? { note: now.note } : {}), ...(now.noteState !== undefined ? { noteState: now.noteState } : {}) };
    });
    await db.tags.bulkDelete(tagDeletes);
    await db.tags.bulkPut(tagPuts satisfies Tag[]);
    await db.annotations.bulkDelete(passageDeletes);
    await db.annotations.bulkPut(puts);
  });
}

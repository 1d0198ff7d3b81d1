// The renderer's side of the automatic backup on quit: the library streamed into main's session, or declined when empty.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => ({ chunks: [] as string[], ends: [] as Array<[string, boolean]> }));
vi.mock('../../../renderer/src/platform', () => ({
  bridge: {
    writeBackupChunk: async (_handle: string, text: string) => {
      calls.chunks.push(text);
    },
    endBackupSave: async (handle: string, complete: boolean) => {
      calls.ends.push([handle, complete]);
      return { status: complete ? 'saved' : 'cancelled' };
    },
  },
}));

const { answerAutoBackup } = await import('../../../renderer/src/settings/AutoBackupListener');
const { db } = await import('../../../renderer/src/db/database');
const { inspectBackup } = await import('../../../renderer/src/db/backupRestore');
const { doc, textSource } = await import('../backup/fixtures');

afterEach(async () => {
  calls.chunks.length = 0;
  calls.ends.length = 0;
  await db.delete();
  await db.open();
});

describe('answerAutoBackup', () => {
  it('streams a complete, valid backup into the session main opened, then ends it as complete', async () => {
    await db.documents.add(doc('503163'));
    await answerAutoBackup('quit-1', new Date('2026-11-23T18:00:00Z'));
    expect(calls.ends).toEqual([['quit-1', true]]);
    const inspection = await inspectBackup(db, textSource(calls.chunks.join('')));
    expect(inspection.counts.documents).toBe(1);
  });

  it('declines for an empty library, so rotation never pushes real backups out', async () => {
    await answerAutoBackup('quit-2');
    expect(calls.chunks).toEqual([]);
    expect(calls.ends).toEqual([['quit-2', false]]);
  });
});

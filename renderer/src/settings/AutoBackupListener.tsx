// Answers main's request for the automatic backup on quit: streams the library into the file main opened, or declines when it is empty.
import { useEffect } from 'react';
import { version as APP_VERSION } from '../../../package.json';
import { writeBackup } from '../db/backup';
import { bridgeSink } from '../db/backupFiles';
import { db } from '../db/database';
import { bridge } from '../platform';

/**
 * An empty library is not backed up: ten quits after an accidental wipe would otherwise push
 * every backup that still holds the user's work out of the folder.
 */
export async function answerAutoBackup(handle: string, now = new Date()): Promise<void> {
  try {
    if ((await db.documents.count()) === 0 && (await db.annotations.count()) === 0) {
      await bridge.endBackupSave(handle, false);
      return;
    }
    await writeBackup(db, bridgeSink(handle), { app: APP_VERSION, now });
    await bridge.endBackupSave(handle, true);
  } catch (error) {
    console.error('[glose] automatic backup', error);
    await bridge.endBackupSave(handle, false).catch(() => undefined);
  }
}

export function AutoBackupListener() {
  useEffect(() => bridge.onAutoBackup(({ handle }) => void answerAutoBackup(handle)), []);
  return null;
}

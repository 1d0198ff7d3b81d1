// Back up and restore from anywhere (settings buttons, the File menu): the running activity, the restore dialog, the messages.
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { version as APP_VERSION } from '../../../package.json';
import { BACKUP_EXTENSION, backupFileName, isBackupError, type BackupInspection } from '../../../shared/backup';
import { useCommand } from '../app/commands/CommandProvider';
import { useHistory } from '../codebook/history';
import { writeBackup } from '../db/backup';
import { bridgeSink, bridgeSource } from '../db/backupFiles';
import { inspectBackup, restoreBackup, type RestoreMode, type RestoreResult } from '../db/backupRestore';
import type { BackupSource } from '../db/backupSource';
import { db } from '../db/database';
import { bridge } from '../platform';
import { useI18n } from '../i18n/useI18n';
import { useNotices } from '../ui/notices';
import { backupProblemText } from './backupMessages';
import { RestoreDialog } from './RestoreDialog';
import { pauseSearchIndexUpdates } from '../search/searchIndexService';

export type BackupActivity = { kind: 'backup'; done: number; total: number } | { kind: 'checking' | 'restoring'; percent: number };

/** A checked backup waiting for the user's go, then its restore running, then its result. */
export interface RestoreSession {
  source: BackupSource;
  inspection: BackupInspection;
  library: { documents: number; passages: number };
  stage: { kind: 'confirm' } | { kind: 'restoring'; percent: number } | { kind: 'done'; result: RestoreResult };
}

interface BackupApi {
  activity: BackupActivity | null;
  backUp: () => Promise<void>;
  pickRestore: () => Promise<void>;
}

const BackupContext = createContext<BackupApi | null>(null);

export function useBackup(): BackupApi {
  const api = useContext(BackupContext);
  if (!api) throw new Error('useBackup must be used inside <BackupProvider>');
  return api;
}

const percentOf = (read: number, size: number) => Math.min(100, Math.round((read / Math.max(1, size)) * 100));

export function BackupProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { notify } = useNotices();
  const history = useHistory();
  const [activity, setActivity] = useState<BackupActivity | null>(null);
  const [session, setSession] = useState<RestoreSession | null>(null);
  const closeFile = useRef<(() => Promise<void>) | null>(null);
  const busy = activity !== null || session !== null;

  const failure = useCallback((error: unknown) => (error instanceof Error ? error.message : String(error)), []);

  const backUp = useCallback(async () => {
    if (busy) return;
    const filters = [{ name: t('backup.fileType'), extensions: [BACKUP_EXTENSION] }];
    const begun = await bridge.beginBackupSave({ title: t('backup.saveTitle'), suggestedName: backupFileName(new Date()), filters });
    if (begun.status !== 'opened') return;
    setActivity({ kind: 'backup', done: 0, total: 0 });
    try {
      const counts = await writeBackup(db, bridgeSink(begun.handle), {
        app: APP_VERSION,
        now: new Date(),
        onProgress: (done, total) => setActivity({ kind: 'backup', done, total }),
      });
      await bridge.endBackupSave(begun.handle, true);
      notify('success', t('backup.done', { documents: String(counts.documents ?? 0), passages: String(counts.annotations ?? 0) }));
    } catch (error) {
      await bridge.endBackupSave(begun.handle, false).catch(() => undefined);
      notify('error', t('backup.failed', { detail: failure(error) }));
    } finally {
      setActivity(null);
    }
  }, [busy, failure, notify, t]);

  const finish = useCallback(async () => {
    setSession(null);
    const close = closeFile.current;
    closeFile.current = null;
    await close?.().catch(() => undefined);
  }, []);

  const pickRestore = useCallback(async () => {
    if (busy) return;
    const opened = await bridge.openBackup({ title: t('backup.openTitle'), filters: [{ name: t('backup.fileType'), extensions: [BACKUP_EXTENSION] }] });
    if (!opened) return;
    closeFile.current = () => bridge.closeBackup(opened.handle);
    const source = bridgeSource(opened);
    setActivity({ kind: 'checking', percent: 0 });
    try {
      const inspection = await inspectBackup(db, source, { onBytes: (read) => setActivity({ kind: 'checking', percent: percentOf(read, source.size) }) });
      const library = { documents: await db.documents.count(), passages: await db.annotations.count() };
      setSession({ source, inspection, library, stage: { kind: 'confirm' } });
    } catch (error) {
      notify('error', isBackupError(error) ? t('backup.refused', { reason: backupProblemText(t, error.problem) }) : t('backup.restoreFailed', { detail: failure(error) }));
      await finish();
    } finally {
      setActivity(null);
    }
  }, [busy, failure, finish, notify, t]);

  const confirm = useCallback(
    async (mode: RestoreMode) => {
      if (!session || session.stage.kind !== 'confirm') return;
      const { source, inspection } = session;
      setSession({ ...session, stage: { kind: 'restoring', percent: 0 } });
      // The search index is emptied by the restore and rebuilt afterwards; it need not follow each restored row.
      const resumeSearchIndex = pauseSearchIndexUpdates();
      try {
        const result = await restoreBackup(db, source, mode, inspection, {
          onBytes: (read) => setSession((now) => (now && now.stage.kind === 'restoring' ? { ...now, stage: { kind: 'restoring', percent: percentOf(read, source.size) } } : now)),
        });
        // Undo steps taken before the restore would write records of the old library back.
        history.clear();
        setSession((now) => (now ? { ...now, stage: { kind: 'done', result } } : now));
      } catch (error) {
        notify('error', isBackupError(error) ? t('backup.refused', { reason: backupProblemText(t, error.problem) }) : t('backup.restoreFailed', { detail: failure(error) }));
        await finish();
      } finally {
        resumeSearchIndex();
      }
    },
    [failure, finish, history, notify, session, t],
  );

  // From the menu: Settings is where the progress shows.
  const fromMenu = useCallback((action: () => Promise<void>) => () => {
    window.location.hash = '#/settings';
    return action();
  }, []);
  useCommand('backup', busy ? null : fromMenu(backUp));
  useCommand('restore', busy ? null : fromMenu(pickRestore));
  const api = useMemo(() => ({ activity, backUp, pickRestore }), [activity, backUp, pickRestore]);
  return (
    <BackupContext.Provider value={api}>
      {children}
      {session && <RestoreDialog session={session} onConfirm={(mode) => void confirm(mode)} onClose={() => void finish()} />}
    </BackupContext.Provider>
  );
}

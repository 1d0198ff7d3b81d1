// The automatic backup when Glose quits: the renderer streams the library into <userData>/backups, the last ten are kept.
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { WebContents } from 'electron';
import { backupFileName } from '../shared/backup/format';
import { IPC_EVENTS, type AutoBackupRequest } from '../shared/ipc';
import { endWriteSession, openWriteSession } from './ipc/backup';

export const BACKUPS_FOLDER = 'backups';
export const KEEP_BACKUPS = 10;
const NAME = /^glose-\d{8}-\d{6}\.glose-backup$/;

export interface QuitLimits {
  /** Give up when the renderer has sent nothing for this long (it crashed, or never answered). */
  idleMs: number;
  /** Give up after this long in any case: quitting never hangs. */
  totalMs: number;
}

export const QUIT_LIMITS: QuitLimits = { idleMs: 15_000, totalMs: 120_000 };

export type AutoBackupOutcome = 'written' | 'skipped' | 'timedOut' | 'failed';

/** Removes all but the newest `keep` automatic backups (names sort by date); returns the names removed. Other files stay. */
export async function rotateBackups(folder: string, keep = KEEP_BACKUPS): Promise<string[]> {
  const names = (await readdir(folder)).filter((name) => NAME.test(name)).sort().reverse();
  const old = names.slice(keep);
  for (const name of old) await rm(path.join(folder, name), { force: true });
  return old;
}

/** Asks the page to write the automatic backup and waits for it, within the limits; then rotates the folder. */
export async function runAutoBackup(contents: WebContents | null, folder: string, now: Date, limits: QuitLimits = QUIT_LIMITS): Promise<AutoBackupOutcome> {
  if (!contents || contents.isDestroyed()) return 'skipped';
  await mkdir(folder, { recursive: true });
  let settle: (outcome: AutoBackupOutcome) => void = () => undefined;
  const finished = new Promise<AutoBackupOutcome>((resolve) => {
    settle = resolve;
  });
  let idle: ReturnType<typeof setTimeout> | undefined;
  const armIdle = () => {
    clearTimeout(idle);
    idle = setTimeout(() => settle('timedOut'), limits.idleMs);
  };
  const handle = await openWriteSession(path.join(folder, backupFileName(now)), contents.id, {
    onWrite: armIdle,
    onEnd: (complete) => settle(complete ? 'written' : 'skipped'),
  });
  const total = setTimeout(() => settle('timedOut'), limits.totalMs);
  armIdle();
  const request: AutoBackupRequest = { handle };
  contents.send(IPC_EVENTS.backupOnQuit, request);
  const outcome = await finished;
  clearTimeout(idle);
  clearTimeout(total);
  // A backup cut short is removed, never kept as if it were whole.
  if (outcome === 'timedOut') await endWriteSession(handle, false).catch(() => undefined);
  if (outcome === 'written') await rotateBackups(folder);
  return outcome;
}

/**
 * Holds back a quit (or the window's close) until the automatic backup is done, once: the event is
 * prevented, the backup runs, and `resume` repeats the quit, which then goes through.
 */
export class QuitBackup {
  private state: 'idle' | 'running' | 'done' = 'idle';

  constructor(private readonly backup: () => Promise<AutoBackupOutcome>) {}

  intercept(event: { preventDefault: () => void }, resume: () => void): void {
    if (this.state === 'done') return;
    event.preventDefault();
    if (this.state === 'running') return;
    this.state = 'running';
    this.backup()
      .then(
        (outcome) => outcome !== 'written' && outcome !== 'skipped' && console.warn(`[glose] automatic backup: ${outcome}`),
        (error: unknown) => console.error('[glose] automatic backup failed', error),
      )
      .finally(() => {
        this.state = 'done';
        resume();
      });
  }

  /** A new window: its work is backed up when it closes. */
  rearm(): void {
    if (this.state === 'done') this.state = 'idle';
  }
}

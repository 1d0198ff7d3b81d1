// The import action shared by the picker, drag-and-drop and paste: files in, per-file progress, a summary, choices on duplicates.
import { useCallback, useMemo, useRef, useState } from 'react';
import { translate } from '../../../shared/i18n';
import type { PickedFile } from '../../../shared/ipc';
import { bridge } from '../platform';
import { useI18n } from '../i18n/useI18n';
import { useNotices, type NoticeKind } from '../ui/notices';
import { importPickedFile, type ConflictChoice, type ConflictQuestion, type ImportOutcome } from './importFiles';
import { useImportSession } from './useImportSession';

export const IMPORT_EXTENSIONS = ['pdf', 'docx', 'odt', 'html', 'htm', 'md', 'markdown', 'txt', 'png', 'jpg', 'jpeg', 'tif', 'tiff'];

/** A file whose bytes are read only when its turn comes (a drop of many large files is not read all at once). */
export interface LazyFile {
  name: string;
  load: () => Promise<PickedFile>;
}
export type ImportItem = PickedFile | LazyFile;

export type BatchStatus = 'waiting' | 'importing' | ImportOutcome['status'];
export interface BatchEntry {
  name: string;
  status: BatchStatus;
  message?: string;
}

const NOTICE: Record<ImportOutcome['status'], NoticeKind> = { imported: 'success', version: 'success', skipped: 'info', failed: 'error', cancelled: 'info' };

/** A typed title (paste); for files from the OS, a file whose text is in the library is that document (see ImportOptions). */
export interface BatchOptions {
  title?: string;
  openSameText?: boolean;
}

export interface PendingQuestion {
  question: ConflictQuestion;
  answer: (choice: ConflictChoice) => void;
}

/** The import state and actions; one instance lives in ImportProvider, shared by every view and the desktop shell. */
export function useImportState() {
  const { lang, t } = useI18n();
  const { notify } = useNotices();
  const [batch, setBatch] = useState<{ entries: BatchEntry[]; running: boolean } | null>(null);
  const [pending, setPending] = useState<PendingQuestion | null>(null);
  // The file under way: its progress, the cancel button and the PDF password prompt.
  const session = useImportSession();
  const { begin, end } = session;
  // Files dropped while a batch runs wait for it: one batch, one summary, one question at a time.
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const resolveConflict = useCallback(
    (question: ConflictQuestion) =>
      new Promise<ConflictChoice>((resolve) => {
        const answer = (choice: ConflictChoice): void => {
          setPending(null);
          resolve(choice);
        };
        setPending({ question, answer });
      }),
    [],
  );

  const runBatch = useCallback(
    async (items: readonly ImportItem[], options: BatchOptions): Promise<ImportOutcome[]> => {
      if (items.length === 0) return [];
      const entries: BatchEntry[] = items.map((item) => ({ name: item.name, status: 'waiting' }));
      const update = (i: number, entry: Partial<BatchEntry>, running = true) => {
        entries[i] = { ...entries[i]!, ...entry };
        setBatch({ entries: [...entries], running });
      };
      setBatch({ entries: [...entries], running: true });
      const outcomes: ImportOutcome[] = [];
      for (const [i, item] of items.entries()) {
        update(i, { status: 'importing' });
        let outcome: ImportOutcome;
        try {
          const file = 'load' in item ? await item.load() : item;
          outcome = await importPickedFile(file, { lang, resolveConflict, title: options.title, openSameText: options.openSameText, hooks: begin(item.name) });
        } catch (error) {
          // The file could not even be read (moved, unreadable): say so and go on with the others.
          const detail = error instanceof Error ? error.message : String(error);
          outcome = { status: 'failed', message: translate(lang, 'import.error.unknown', { name: item.name, detail }) };
        }
        const stopped = end();
        outcomes.push(outcome);
        notify(NOTICE[outcome.status], outcome.message);
        update(i, { status: outcome.status, message: outcome.message }, i < items.length - 1 && !stopped);
        // The Cancel button stops the whole batch; cancelling a password prompt skips one file.
        if (stopped) {
          for (let j = i + 1; j < items.length; j++) {
            const rest = items[j]!.name;
            update(j, { status: 'cancelled', message: translate(lang, 'import.error.cancelled', { name: rest }) }, false);
          }
          break;
        }
      }
      return outcomes;
    },
    [lang, notify, resolveConflict, begin, end],
  );

  /**
   * The one entry point for importing files, whatever brought them (picker, drop, paste, and
   * the desktop shell's "Open with" / command line, which hand over PickedFiles). Files are
   * imported one after the other, each in its own transaction, so one bad file never stops
   * the others; the outcomes are returned for callers that want them.
   */
  const importFiles = useCallback(
    (items: readonly ImportItem[], options: BatchOptions = {}): Promise<ImportOutcome[]> => {
      const run = queue.current.then(() => runBatch(items, options));
      queue.current = run.catch(() => undefined);
      return run;
    },
    [runBatch],
  );

  const pickAndImport = useCallback(async () => {
    const files = await bridge.openFiles({
      title: t('library.dialogTitle'),
      filters: [{ name: t('library.filter.supported'), extensions: IMPORT_EXTENSIONS }],
    });
    await importFiles(files);
  }, [importFiles, t]);

  const closeSummary = useCallback(() => setBatch(null), []);
  const busy = batch?.running ?? false;
  return useMemo(
    () => ({ busy, batch, pending, session, importFiles, pickAndImport, closeSummary }),
    [busy, batch, pending, session, importFiles, pickAndImport, closeSummary],
  );
}

// Deleting documents from the library: a question first when passages would go, then a notice whose Undo puts every row back.
import { useCallback, useState } from 'react';
import { deleteDocuments, passageCountOf, restoreDocuments, type DeletedRows } from '../db/deletion';
import { useI18n } from '../i18n/useI18n';
import { useNotices } from '../ui/notices';

/** Long enough to notice a slip and reach the button; the rows stay in memory only this long. */
export const UNDO_WINDOW_MS = 12_000;

export interface PendingDeletion {
  ids: string[];
  passages: number;
  title: string;
}

export function useDeleteWithUndo(titleOf: (id: string) => string, onDeleted: (ids: readonly string[]) => void) {
  const { t } = useI18n();
  const { notify } = useNotices();
  const [pending, setPending] = useState<PendingDeletion | null>(null);

  const fail = useCallback((error: unknown) => notify('error', t('delete.failed', { detail: error instanceof Error ? error.message : String(error) })), [notify, t]);

  const restore = useCallback(
    async (rows: DeletedRows) => {
      try {
        await restoreDocuments(rows);
        notify('success', t('delete.restored', { count: String(rows.documents.length) }));
      } catch (error) {
        notify('error', t('delete.restoreFailed', { detail: error instanceof Error ? error.message : String(error) }));
      }
    },
    [notify, t],
  );

  const confirm = useCallback(
    async (ids: readonly string[]) => {
      setPending(null);
      try {
        const rows = await deleteDocuments(ids);
        if (rows.documents.length === 0) return;
        onDeleted(rows.documents.map((doc) => doc.id));
        const first = rows.documents[0];
        const text =
          rows.documents.length === 1 && first
            ? t('delete.doneOne', { title: first.title, passages: String(rows.annotations.length) })
            : t('delete.doneMany', { count: String(rows.documents.length), passages: String(rows.annotations.length) });
        // The deleted rows live only in this closure: once the notice goes, nothing holds them.
        notify('info', text, { action: { label: t('delete.undo'), run: () => void restore(rows) }, durationMs: UNDO_WINDOW_MS });
      } catch (error) {
        fail(error);
      }
    },
    [fail, notify, onDeleted, restore, t],
  );

  /** Documents without passages go at once (Undo is there); tagged work is asked about first. */
  const request = useCallback(
    async (ids: readonly string[]) => {
      if (ids.length === 0) return;
      try {
        const passages = await passageCountOf(ids);
        if (passages === 0) return void (await confirm(ids));
        setPending({ ids: [...ids], passages, title: titleOf(ids[0] as string) });
      } catch (error) {
        fail(error);
      }
    },
    [confirm, fail, titleOf],
  );

  return { pending, request, confirm, cancel: () => setPending(null) };
}

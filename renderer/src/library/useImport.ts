// The import action shared by the picker button and drag-and-drop: files in, one notice per file out.
import { useCallback, useState } from 'react';
import type { PickedFile } from '../../../shared/ipc';
import { bridge } from '../platform';
import { useI18n } from '../i18n/useI18n';
import { useNotices } from '../ui/notices';
import { importPickedFile } from './importFiles';
import { useImportSession } from './useImportSession';

export const IMPORT_EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm', 'pdf', 'png', 'jpg', 'jpeg', 'tif', 'tiff'];

export function useImport() {
  const { lang, t } = useI18n();
  const { notify } = useNotices();
  const [busy, setBusy] = useState<string | null>(null);
  const session = useImportSession();
  const { begin, end } = session;

  const importFiles = useCallback(
    async (files: Array<PickedFile | Promise<PickedFile>>) => {
      for (const pending of files) {
        const file = await pending;
        setBusy(file.name);
        const outcome = await importPickedFile(file, lang, begin(file.name));
        const stopped = end();
        notify(outcome.status === 'failed' ? 'error' : outcome.status === 'imported' ? 'success' : 'info', outcome.message);
        // The Cancel button stops the whole batch; cancelling a password prompt skips one file.
        if (stopped) break;
      }
      setBusy(null);
    },
    [lang, notify, begin, end],
  );

  const pickAndImport = useCallback(async () => {
    const files = await bridge.openFiles({
      title: t('library.dialogTitle'),
      filters: [{ name: t('library.filter.supported'), extensions: IMPORT_EXTENSIONS }],
    });
    await importFiles(files);
  }, [importFiles, t]);

  return { busy, importFiles, pickAndImport, session };
}

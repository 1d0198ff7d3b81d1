// Files the OS hands to the desktop app (Open with, double-click, command line, Recent documents): a file already
// in the library opens there; any other is imported; a file that cannot be read gets a message.
import { useEffect, useRef } from 'react';
import type { SystemFile, SystemFiles } from '../../../../shared/ipc';
import { db } from '../../db/database';
import { bridge } from '../../platform';
import { useI18n } from '../../i18n/useI18n';
import { useImport } from '../../library/ImportProvider';
import { useNotices } from '../../ui/notices';

/** The library document main says this path became last time, if it is still in the library (it may have been deleted). */
async function knownDocument(docId: string | undefined) {
  return docId ? db.documents.get(docId) : undefined;
}

export function SystemFilesReceiver() {
  const { t } = useI18n();
  const { notify } = useNotices();
  const { importFiles } = useImport();
  const receive = useRef<(batch: SystemFiles) => Promise<void>>(async () => undefined);
  useEffect(() => {
    receive.current = async ({ files, problems }) => {
      let open: string | undefined;
      for (const { name, problem, docId } of problems) {
        // The file moved or went, but the document it became is still here: open that.
        const known = await knownDocument(docId);
        if (known) {
          open = known.id;
          notify('info', t('systemFiles.openedMissing', { name, title: known.title }));
        } else notify('error', t(`systemFiles.${problem}`, { name }));
      }
      const toImport: SystemFile[] = [];
      for (const file of files) {
        const known = await knownDocument(file.docId);
        if (known) {
          open = known.id;
          notify('info', t('systemFiles.opened', { name: file.name, title: known.title }));
        } else toImport.push(file);
      }
      if (toImport.length > 0) {
        // A file whose text is already in the library (imported earlier by the picker, or under another path) is that document.
        const outcomes = await importFiles(toImport, { openSameText: true });
        outcomes.forEach((outcome, i) => {
          const ticket = toImport[i]?.ticket;
          if (outcome.status === 'skipped' && outcome.sameText) open = outcome.docId;
          const became = outcome.status === 'imported' || outcome.status === 'version' || (outcome.status === 'skipped' && outcome.sameText);
          if (became && ticket) bridge.systemFileImported({ ticket, docId: outcome.docId }).catch((error: unknown) => console.warn('[glose] system files', error));
        });
      }
      if (open) window.location.hash = `#/doc/${encodeURIComponent(open)}`;
    };
  });
  // Subscribe once: subscribing tells main to deliver what it holds, and a re-subscription would ask again.
  useEffect(() => bridge.onSystemFiles((batch) => void receive.current(batch)), []);
  return null;
}

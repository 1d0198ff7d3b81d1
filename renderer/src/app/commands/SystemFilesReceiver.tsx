// Imports the files the OS hands to the desktop app (Open with, double-click, command line), with a message for each it could not read.
import { useEffect, useRef } from 'react';
import type { SystemFiles } from '../../../../shared/ipc';
import { bridge } from '../../platform';
import { useI18n } from '../../i18n/useI18n';
import { useImport } from '../../library/ImportProvider';
import { useNotices } from '../../ui/notices';

export function SystemFilesReceiver() {
  const { t } = useI18n();
  const { notify } = useNotices();
  const { importFiles } = useImport();
  const receive = useRef<(batch: SystemFiles) => void>(() => undefined);
  useEffect(() => {
    receive.current = ({ files, problems }) => {
      for (const { name, problem } of problems) notify('error', t(`systemFiles.${problem}`, { name }));
      if (files.length > 0) void importFiles(files);
    };
  });
  // Subscribe once: subscribing tells main to deliver what it holds, and a re-subscription would ask again.
  useEffect(() => bridge.onSystemFiles((batch) => receive.current(batch)), []);
  return null;
}

// Lets any view open the export dialog with a preset scope (`useExportDialog().open(scope)`); File › Export… opens it on the library.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { ExportScope } from '../../../shared/export';
import { useCommand } from '../app/commands/CommandProvider';
import { ExportDialog } from './ExportDialog';

interface ExportDialogApi {
  open: (scope: ExportScope) => void;
}

const ExportContext = createContext<ExportDialogApi | null>(null);

export function ExportProvider({ children }: { children: ReactNode }) {
  const [opened, setOpened] = useState<{ scope: ExportScope; serial: number } | null>(null);
  const open = useCallback((scope: ExportScope) => setOpened((now) => ({ scope, serial: (now?.serial ?? 0) + 1 })), []);
  const api = useMemo(() => ({ open }), [open]);
  // The fallback for the menu and Ctrl+E; the reader and the library register their own scope over it.
  useCommand('export', () => open({ kind: 'library' }));
  return (
    <ExportContext.Provider value={api}>
      {children}
      {opened && <ExportDialog key={opened.serial} scope={opened.scope} onClose={() => setOpened(null)} />}
    </ExportContext.Provider>
  );
}

export function useExportDialog(): ExportDialogApi {
  const api = useContext(ExportContext);
  if (!api) throw new Error('useExportDialog must be used inside <ExportProvider>');
  return api;
}

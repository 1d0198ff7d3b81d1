// One import queue for the whole app: the library's picker, drops and paste, and files the OS hands over
// while any view is open. The question about a document already in the library, and a PDF's password, are asked wherever the user is.
import { createContext, useContext, type ReactNode } from 'react';
import { ConflictDialog } from './ConflictDialog';
import { PasswordDialog } from './PasswordDialog';
import { useImportState } from './useImport';

type ImportApi = ReturnType<typeof useImportState>;
const ImportContext = createContext<ImportApi | null>(null);

export function ImportProvider({ children }: { children: ReactNode }) {
  const api = useImportState();
  const { pending, session } = api;
  return (
    <ImportContext.Provider value={api}>
      {children}
      {pending && <ConflictDialog key={pending.question.fileName + pending.question.existing.id} pending={pending} />}
      {session.password && <PasswordDialog pending={session.password} />}
    </ImportContext.Provider>
  );
}

export function useImport(): ImportApi {
  const api = useContext(ImportContext);
  if (!api) throw new Error('useImport must be used inside <ImportProvider>');
  return api;
}

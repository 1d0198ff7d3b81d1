// The commands the shell answers: library, reader or compare, import, find, dark mode, the shortcuts list, undo in fields.
import type { Route } from '../useRoute';
import { useHistory } from '../../codebook/history';
import { useImport } from '../../library/ImportProvider';
import { useTheme } from '../../ui/theme';
import { useCommand } from './CommandProvider';

/**
 * Undo and redo from the native menu: in a text field (a note, a form) the field's own undo,
 * which the menu item would otherwise bypass; everywhere else the history of passages and tags.
 */
function editFieldHistory(action: 'undo' | 'redo'): boolean {
  const active = document.activeElement;
  const editable = active instanceof HTMLElement && (active.isContentEditable || active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement);
  // execCommand is deprecated but remains the only way to reach a field's native undo stack.
  if (editable) document.execCommand(action);
  return editable;
}

interface Props {
  navigate: (route: Route) => void;
  lastDocId: string | null;
  openShortcuts: () => void;
  /** Null when no document is open: there is nothing to search. */
  openFind: (() => void) | null;
}

export function AppCommands({ navigate, lastDocId, openShortcuts, openFind }: Props) {
  const { toggleTheme } = useTheme();
  const { pickAndImport } = useImport();
  const history = useHistory();
  useCommand('showLibrary', () => navigate({ view: 'library' }));
  useCommand('showSettings', () => navigate({ view: 'settings' }));
  useCommand('showReader', lastDocId ? () => navigate({ view: 'reader', docId: lastDocId }) : null);
  // From a document, View › Compare starts with that document as A.
  useCommand('showCompare', () => navigate(lastDocId ? { view: 'compare', a: lastDocId } : { view: 'compare' }));
  useCommand('import', async () => {
    // The imported documents appear in the library, so that is where the user should be.
    navigate({ view: 'library' });
    await pickAndImport();
  });
  useCommand('toggleDarkMode', toggleTheme);
  useCommand('showShortcuts', openShortcuts);
  useCommand('find', openFind);
  useCommand('undo', () => (editFieldHistory('undo') ? undefined : history.undo()));
  useCommand('redo', () => (editFieldHistory('redo') ? undefined : history.redo()));
  return null;
}

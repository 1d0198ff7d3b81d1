// The undo history: every tagging, untagging, re-tagging, removal, merge and codebook edit goes through `perform`,
// and Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y) walk it back and forth. The operations themselves are pure (shared/codebook).
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { invertChange, isEmptyChange, type Change } from '../../../shared/codebook/change';
import { useI18n } from '../i18n/useI18n';
import { bridge } from '../platform';
import { useNotices } from '../ui/notices';
import { applyChange } from './applyChange';

interface HistoryApi {
  perform: (change: Change) => Promise<void>;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
  canUndo: boolean;
  canRedo: boolean;
  /** Forgets every step: after a restore they describe a library that is no longer there. */
  clear: () => void;
}

const HistoryContext = createContext<HistoryApi | null>(null);
/** Enough for a working session; older steps fall off. */
const MAX_STEPS = 200;

function typingInAField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function HistoryProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { notify } = useNotices();
  const done = useRef<Change[]>([]);
  const undone = useRef<Change[]>([]);
  const [counts, setCounts] = useState({ undo: 0, redo: 0 });
  const bump = useCallback(() => setCounts({ undo: done.current.length, redo: undone.current.length }), []);

  const perform = useCallback(async (change: Change) => {
    if (isEmptyChange(change)) return;
    await applyChange(change);
    done.current = [...done.current.slice(-(MAX_STEPS - 1)), change];
    undone.current = [];
    bump();
  }, [bump]);

  const undo = useCallback(async () => {
    const change = done.current.at(-1);
    if (!change) {
      notify('info', t('history.nothingToUndo'));
      return;
    }
    await applyChange(invertChange(change));
    done.current = done.current.slice(0, -1);
    undone.current = [...undone.current, change];
    bump();
    notify('success', t('history.undone', { action: t(`history.kind.${change.kind}`) }));
  }, [bump, notify, t]);

  const redo = useCallback(async () => {
    const change = undone.current.at(-1);
    if (!change) {
      notify('info', t('history.nothingToRedo'));
      return;
    }
    await applyChange(change);
    undone.current = undone.current.slice(0, -1);
    done.current = [...done.current, change];
    bump();
    notify('success', t('history.redone', { action: t(`history.kind.${change.kind}`) }));
  }, [bump, notify, t]);

  useEffect(() => {
    // In the desktop app the Edit menu owns Ctrl+Z and sends the undo command (app/commands/AppCommands).
    if (bridge.host !== 'web') return;
    const handler = (event: KeyboardEvent) => {
      // Text fields and the notes editor keep their own undo.
      if (!(event.ctrlKey || event.metaKey) || event.altKey || typingInAField(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        void undo();
      } else if ((key === 'z' && event.shiftKey) || key === 'y') {
        event.preventDefault();
        void redo();
      }
    };
    window.addEventListener('keydown', handler);
    return () => window.removeEventListener('keydown', handler);
  }, [undo, redo]);

  const clear = useCallback(() => {
    done.current = [];
    undone.current = [];
    bump();
  }, [bump]);

  const canUndo = counts.undo > 0;
  const canRedo = counts.redo > 0;
  const api = useMemo(() => ({ perform, undo, redo, canUndo, canRedo, clear }), [perform, undo, redo, canUndo, canRedo, clear]);
  return <HistoryContext.Provider value={api}>{children}</HistoryContext.Provider>;
}

export function useHistory(): HistoryApi {
  const api = useContext(HistoryContext);
  if (!api) throw new Error('useHistory needs a HistoryProvider');
  return api;
}

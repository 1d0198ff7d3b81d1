// Messages for the user: errors stay until dismissed (role=alert), confirmations are announced politely.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n';

export type NoticeKind = 'error' | 'success' | 'info';
/** A button in the notice (e.g. Undo); pressing it runs `run` and closes the notice. */
export interface NoticeAction {
  label: string;
  run: () => void;
}
export interface NoticeOptions {
  action?: NoticeAction;
  /** How long a confirmation stays, in ms (errors always wait for the user). */
  durationMs?: number;
  /** Called once when the notice goes without its action being pressed (timed out, dismissed or pushed out). */
  onExpire?: () => void;
}
export interface Notice {
  id: number;
  kind: NoticeKind;
  text: string;
  action?: NoticeAction;
}

interface NoticeApi {
  notify: (kind: NoticeKind, text: string, options?: NoticeOptions) => void;
}

const NoticeContext = createContext<NoticeApi | null>(null);
let nextId = 1;
/** What to do when a notice with an action goes unused; kept outside React state so it runs exactly once. */
const expiries = new Map<number, () => void>();
function expire(id: number) {
  const onExpire = expiries.get(id);
  expiries.delete(id);
  onExpire?.();
}
/** Enough to see what just happened without burying the text under messages. */
const MAX_NOTICES = 3;
const CONFIRMATION_MS = 4000;

export function NoticeProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [notices, setNotices] = useState<Notice[]>([]);
  const dismiss = useCallback((id: number) => {
    setNotices((list) => list.filter((n) => n.id !== id));
    expire(id);
  }, []);
  const notify = useCallback(
    (kind: NoticeKind, text: string, options: NoticeOptions = {}) => {
      const id = nextId++;
      if (options.onExpire) expiries.set(id, options.onExpire);
      setNotices((list) => {
        for (const pushedOut of list.slice(0, Math.max(0, list.length - (MAX_NOTICES - 1)))) queueMicrotask(() => expire(pushedOut.id));
        return [...list.slice(-(MAX_NOTICES - 1)), { id, kind, text, action: options.action }];
      });
      // Errors wait for the user; confirmations fade on their own.
      if (kind !== 'error') setTimeout(() => dismiss(id), options.durationMs ?? CONFIRMATION_MS);
    },
    [dismiss],
  );
  const act = useCallback((notice: Notice) => {
    expiries.delete(notice.id);
    setNotices((list) => list.filter((n) => n.id !== notice.id));
    notice.action?.run();
  }, []);
  const api = useMemo(() => ({ notify }), [notify]);
  const errors = notices.filter((n) => n.kind === 'error');
  const others = notices.filter((n) => n.kind !== 'error');
  return (
    <NoticeContext.Provider value={api}>
      {children}
      <div className="notices">
        <div role="alert" aria-live="assertive">
          {errors.map((n) => (
            <NoticeItem key={n.id} notice={n} onDismiss={dismiss} onAct={act} dismissLabel={t('notice.dismiss')} />
          ))}
        </div>
        <div role="status" aria-live="polite">
          {others.map((n) => (
            <NoticeItem key={n.id} notice={n} onDismiss={dismiss} onAct={act} dismissLabel={t('notice.dismiss')} />
          ))}
        </div>
      </div>
    </NoticeContext.Provider>
  );
}

function NoticeItem({ notice, onDismiss, onAct, dismissLabel }: { notice: Notice; onDismiss: (id: number) => void; onAct: (notice: Notice) => void; dismissLabel: string }) {
  return (
    <div className={`notice notice-${notice.kind}`} data-testid={`notice-${notice.kind}`}>
      <p>{notice.text}</p>
      {notice.action && (
        <button type="button" className="notice-action" onClick={() => onAct(notice)}>
          {notice.action.label}
        </button>
      )}
      <button type="button" className="notice-dismiss" onClick={() => onDismiss(notice.id)} aria-label={dismissLabel}>
        ×
      </button>
    </div>
  );
}

export function useNotices(): NoticeApi {
  const api = useContext(NoticeContext);
  if (!api) throw new Error('useNotices must be used inside <NoticeProvider>');
  return api;
}

// Messages for the user: errors stay until dismissed (role=alert), confirmations are announced politely.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n';

export type NoticeKind = 'error' | 'success' | 'info';
export interface Notice {
  id: number;
  kind: NoticeKind;
  text: string;
}

interface NoticeApi {
  notify: (kind: NoticeKind, text: string) => void;
}

const NoticeContext = createContext<NoticeApi | null>(null);
let nextId = 1;
/** Enough to see what just happened without burying the text under messages. */
const MAX_NOTICES = 3;
const CONFIRMATION_MS = 4000;

export function NoticeProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [notices, setNotices] = useState<Notice[]>([]);
  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);
  const notify = useCallback(
    (kind: NoticeKind, text: string) => {
      const id = nextId++;
      setNotices((list) => [...list.slice(-(MAX_NOTICES - 1)), { id, kind, text }]);
      // Errors wait for the user; confirmations fade on their own.
      if (kind !== 'error') setTimeout(() => dismiss(id), CONFIRMATION_MS);
    },
    [dismiss],
  );
  const api = useMemo(() => ({ notify }), [notify]);
  const errors = notices.filter((n) => n.kind === 'error');
  const others = notices.filter((n) => n.kind !== 'error');
  return (
    <NoticeContext.Provider value={api}>
      {children}
      <div className="notices">
        <div role="alert" aria-live="assertive">
          {errors.map((n) => (
            <NoticeItem key={n.id} notice={n} onDismiss={dismiss} dismissLabel={t('notice.dismiss')} />
          ))}
        </div>
        <div role="status" aria-live="polite">
          {others.map((n) => (
            <NoticeItem key={n.id} notice={n} onDismiss={dismiss} dismissLabel={t('notice.dismiss')} />
          ))}
        </div>
      </div>
    </NoticeContext.Provider>
  );
}

function NoticeItem({ notice, onDismiss, dismissLabel }: { notice: Notice; onDismiss: (id: number) => void; dismissLabel: string }) {
  return (
    <div className={`notice notice-${notice.kind}`} data-testid={`notice-${notice.kind}`}>
      <p>{notice.text}</p>
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

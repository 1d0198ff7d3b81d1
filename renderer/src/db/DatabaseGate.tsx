// Opens the library before anything else renders; if IndexedDB refuses, says so instead of showing an empty library.
import { useEffect, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n';
import { db } from './database';

export function DatabaseGate({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [state, setState] = useState<{ status: 'opening' | 'open' } | { status: 'failed'; detail: string }>({ status: 'opening' });
  useEffect(() => {
    let live = true;
    db.open().then(
      () => live && setState({ status: 'open' }),
      (error: unknown) => live && setState({ status: 'failed', detail: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, []);
  if (state.status === 'failed') {
    return (
      <main className="library">
        <p role="alert" className="notice notice-error">
          {t('error.storage', { detail: state.detail })}
        </p>
      </main>
    );
  }
  return state.status === 'open' ? children : null;
}

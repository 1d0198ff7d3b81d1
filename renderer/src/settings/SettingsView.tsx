// The settings view (#/settings): back up and restore the library, and whether the browser engine keeps it persistently.
import { useCallback, useEffect, useState } from 'react';
import { useI18n } from '../i18n/useI18n';
import { bridge } from '../platform';
import { useBackup } from './BackupProvider';
import { askPersistence, formatBytes, readStorageState, type StorageState } from './persistentStorage';

export function SettingsView() {
  const { t } = useI18n();
  return (
    <main className="settings" aria-labelledby="settings-title">
      <div className="view-header">
        <h1 id="settings-title">{t('settings.title')}</h1>
      </div>
      <BackupSection />
      <StorageSection />
    </main>
  );
}

function BackupSection() {
  const { t, lang } = useI18n();
  const { activity, backUp, pickRestore } = useBackup();
  const number = new Intl.NumberFormat(lang);
  const progress =
    activity?.kind === 'backup'
      ? { text: t('backup.writing', { done: number.format(activity.done), total: number.format(activity.total) }), value: activity.total ? Math.round((activity.done / activity.total) * 100) : 0 }
      : activity?.kind === 'checking'
        ? { text: t('backup.checking', { percent: String(activity.percent) }), value: activity.percent }
        : null;
  return (
    <section className="settings-section" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('backup.heading')}</h2>
      <p>{t('backup.intro')}</p>
      {bridge.host === 'electron' && <p className="muted">{t('backup.auto')}</p>}
      <div className="settings-actions">
        <button type="button" className="primary" onClick={() => void backUp()} disabled={activity !== null}>
          {t('backup.create')}
        </button>
        <button type="button" onClick={() => void pickRestore()} disabled={activity !== null}>
          {t('backup.restore')}
        </button>
      </div>
      <div className="settings-progress" aria-live="polite">
        {progress && (
          <>
            <span id="backup-progress-text">{progress.text}</span>
            <progress max={100} value={progress.value} aria-labelledby="backup-progress-text" />
          </>
        )}
      </div>
    </section>
  );
}

function StorageSection() {
  const { t, lang } = useI18n();
  const [state, setState] = useState<StorageState | null>(null);
  const refresh = useCallback(() => {
    void readStorageState().then(setState);
  }, []);
  useEffect(refresh, [refresh]);
  const ask = async () => {
    await askPersistence();
    refresh();
  };
  return (
    <section className="settings-section" aria-labelledby="storage-heading" aria-busy={state === null}>
      <h2 id="storage-heading">{t('storage.heading')}</h2>
      {state && (
        <>
          <p data-testid="storage-persisted" data-persisted={String(state.persisted)}>
            {state.persisted === null ? t('storage.unknown') : state.persisted ? t('storage.persisted') : t('storage.notPersisted')}
          </p>
          {state.persisted === false && (
            <div className="settings-actions">
              <button type="button" onClick={() => void ask()}>
                {t('storage.ask')}
              </button>
            </div>
          )}
          <p className="muted" data-testid="storage-usage">
            {state.usage !== null && state.quota !== null ? t('storage.usage', { used: formatBytes(state.usage, lang), quota: formatBytes(state.quota, lang) }) : t('storage.usageUnknown')}
          </p>
        </>
      )}
    </section>
  );
}

// Per-file progress of an import and, once it ends, its summary: imported, skipped, failed and why.
import { useI18n } from '../i18n/useI18n';
import type { BatchEntry } from './useImport';

export function ImportSummary({ entries, running, onClose }: { entries: BatchEntry[]; running: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const count = (...statuses: BatchEntry['status'][]) => entries.filter((entry) => statuses.includes(entry.status)).length;
  const done = count('imported', 'version', 'skipped', 'failed', 'cancelled');
  return (
    <section className="import-summary" aria-labelledby="import-summary-heading" data-testid="import-summary">
      <div className="import-summary-header">
        <h2 id="import-summary-heading" aria-live="polite">
          {running
            ? t('import.progress.heading', { done: String(Math.min(done + 1, entries.length)), total: String(entries.length) })
            : t('import.summary.heading')}
        </h2>
        {!running && (
          <button type="button" className="summary-close" onClick={onClose} aria-label={t('import.summary.close')}>
            ×
          </button>
        )}
      </div>
      {!running && (
        <p className="import-summary-counts" data-testid="import-summary-counts">
          {t('import.summary.counts', {
            imported: String(count('imported', 'version')),
            skipped: String(count('skipped', 'cancelled')),
            failed: String(count('failed')),
          })}
        </p>
      )}
      <progress max={entries.length} value={done} aria-label={t('import.summary.list')} />
      <ul className="import-files" aria-label={t('import.summary.list')}>
        {entries.map((entry, i) => (
          <li key={`${i}-${entry.name}`} className={`import-file import-${entry.status}`}>
            <span className="import-file-name">{entry.name}</span>
            <span className="import-file-status">{t(`import.status.${entry.status}`)}</span>
            {entry.message && entry.status !== 'imported' && <span className="import-file-message">{entry.message}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

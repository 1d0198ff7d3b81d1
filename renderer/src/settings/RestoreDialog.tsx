// The restore confirmation: what the backup holds and when it was made, replace or merge, then progress and what was done.
import { useState } from 'react';
import { useI18n } from '../i18n/useI18n';
import { ModalDialog } from '../ui/ModalDialog';
import type { RestoreMode } from '../db/backupRestore';
import type { RestoreSession } from './BackupProvider';
import { tableLabel } from './backupMessages';

interface Props {
  session: RestoreSession;
  onConfirm: (mode: RestoreMode) => void;
  onClose: () => void;
}

export function RestoreDialog({ session, onConfirm, onClose }: Props) {
  const { t, lang } = useI18n();
  const [mode, setMode] = useState<RestoreMode>('replace');
  const { inspection, stage, library } = session;
  const number = new Intl.NumberFormat(lang);
  const created = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(inspection.header.createdAt));
  const tables = Object.keys(inspection.counts);
  const restoring = stage.kind === 'restoring';

  return (
    <ModalDialog className="dialog restore-dialog" labelledBy="restore-title" onCancel={restoring ? () => undefined : onClose}>
      <h2 id="restore-title">{stage.kind === 'done' ? t('restore.resultTitle') : t('restore.title')}</h2>
      {stage.kind !== 'done' ? (
        <>
          <dl className="restore-facts">
            <dt>{t('restore.file')}</dt>
            <dd>{session.source.name}</dd>
            <dt>{t('restore.created')}</dt>
            <dd data-testid="restore-created">{created}</dd>
            <dt>{t('restore.version')}</dt>
            <dd>{inspection.header.app}</dd>
          </dl>
          <table className="restore-counts" aria-label={t('restore.contents')}>
            <thead>
              <tr>
                <th scope="col">{t('restore.col.table')}</th>
                <th scope="col" className="numeric">
                  {t('restore.col.count')}
                </th>
              </tr>
            </thead>
            <tbody>
              {tables.map((table) => (
                <tr key={table}>
                  <th scope="row">{tableLabel(t, table)}</th>
                  <td className="numeric">{number.format(inspection.counts[table] ?? 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {inspection.migrations.length > 0 && <p className="muted">{t('restore.older', { what: inspection.migrations.join(', ') })}</p>}
          <fieldset className="restore-mode" disabled={restoring}>
            <legend>{t('restore.mode')}</legend>
            <label>
              <input type="radio" name="restore-mode" value="replace" checked={mode === 'replace'} onChange={() => setMode('replace')} />
              <span>
                <strong>{t('restore.replace')}</strong>
                <span className="muted">{t('restore.replaceHelp')}</span>
              </span>
            </label>
            <label>
              <input type="radio" name="restore-mode" value="merge" checked={mode === 'merge'} onChange={() => setMode('merge')} />
              <span>
                <strong>{t('restore.merge')}</strong>
                <span className="muted">{t('restore.mergeHelp')}</span>
              </span>
            </label>
          </fieldset>
          {mode === 'replace' && (library.documents > 0 || library.passages > 0) && (
            <p className="restore-warning" role="note">
              {t('restore.replaceWarning', { documents: number.format(library.documents), passages: number.format(library.passages) })}
            </p>
          )}
          {restoring && (
            <p className="restore-progress">
              <span id="restore-progress-text">{t('backup.restoring', { percent: String(stage.percent) })}</span>
              <progress max={100} value={stage.percent} aria-labelledby="restore-progress-text" />
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" onClick={onClose} disabled={restoring}>
              {t('restore.cancel')}
            </button>
            <button type="button" className="primary" onClick={() => onConfirm(mode)} disabled={restoring}>
              {t('restore.confirm')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p>
            {stage.result.mode === 'replace'
              ? t('restore.resultReplace', { documents: number.format(stage.result.tables.documents?.added ?? 0), passages: number.format(stage.result.tables.annotations?.added ?? 0) })
              : t('restore.resultMerge')}
          </p>
          {stage.result.mode === 'merge' && (
            <table className="restore-counts" data-testid="restore-result">
              <thead>
                <tr>
                  <th scope="col">{t('restore.col.table')}</th>
                  <th scope="col" className="numeric">{t('restore.col.added')}</th>
                  <th scope="col" className="numeric">{t('restore.col.updated')}</th>
                  <th scope="col" className="numeric">{t('restore.col.kept')}</th>
                </tr>
              </thead>
              <tbody>
                {Object.entries(stage.result.tables).map(([table, outcome]) => (
                  <tr key={table}>
                    <th scope="row">{tableLabel(t, table)}</th>
                    <td className="numeric">{number.format(outcome.added)}</td>
                    <td className="numeric">{number.format(outcome.updated)}</td>
                    <td className="numeric">{number.format(outcome.kept)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {stage.result.tagsMerged > 0 && <p>{t('restore.tagsMerged', { count: String(stage.result.tagsMerged) })}</p>}
          <div className="dialog-actions">
            <button type="button" className="primary" onClick={onClose}>
              {t('restore.close')}
            </button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}

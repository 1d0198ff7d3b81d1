// Asks what to do with a file that matches a library document: skip, new version of it, or separate document.
import { useI18n } from '../i18n/useI18n';
import { ModalDialog } from '../ui/ModalDialog';
import type { PendingQuestion } from './useImport';

export function ConflictDialog({ pending }: { pending: PendingQuestion }) {
  const { t } = useI18n();
  const { question, answer } = pending;
  const params = { name: question.fileName, title: question.existing.title };
  return (
    // Escape means "leave my library alone".
    <ModalDialog className="dialog conflict-dialog" labelledBy="conflict-heading" describedBy="conflict-reason" onCancel={() => answer('skip')}>
      <h2 id="conflict-heading">{t('conflict.heading')}</h2>
      <p id="conflict-reason">{t(`conflict.${question.reason}`, params)}</p>
      <p>{t('conflict.question')}</p>
      <div className="dialog-actions dialog-actions-column">
        <button type="button" onClick={() => answer('skip')} autoFocus>
          {t('conflict.skip')}
        </button>
        <button type="button" className="primary" onClick={() => answer('newVersion')}>
          {t('conflict.newVersion', params)}
        </button>
        <button type="button" onClick={() => answer('separate')}>
          {t('conflict.separate')}
        </button>
      </div>
    </ModalDialog>
  );
}

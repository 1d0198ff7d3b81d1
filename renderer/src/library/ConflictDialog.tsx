// Asks what to do with a file that matches a library document: skip, new version of it, or separate document.
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/useI18n';
import type { PendingQuestion } from './useImport';

export function ConflictDialog({ pending }: { pending: PendingQuestion }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const { question, answer } = pending;
  useEffect(() => {
    const dialog = ref.current;
    // showModal traps focus and makes the rest of the page inert until the user answers.
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const params = { name: question.fileName, title: question.existing.title };
  return (
    <dialog
      ref={ref}
      className="dialog conflict-dialog"
      aria-labelledby="conflict-heading"
      aria-describedby="conflict-reason"
      // Escape means "leave my library alone".
      onCancel={(e) => {
        e.preventDefault();
        answer('skip');
      }}
    >
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
    </dialog>
  );
}

// Asks for the password of an encrypted PDF: a modal dialog that says when the last one was wrong.
import { useId, useState } from 'react';
import { useI18n } from '../i18n/useI18n';
import { ModalDialog } from '../ui/ModalDialog';
import type { PendingPassword } from './useImportSession';

export function PasswordDialog({ pending }: { pending: PendingPassword }) {
  const { t } = useI18n();
  const [value, setValue] = useState('');
  const ids = useId();

  const { request, answer } = pending;
  return (
    // Escape closes a modal dialog: that is a cancel.
    <ModalDialog className="password-dialog" labelledBy={`${ids}-title`} describedBy={`${ids}-prompt`} onCancel={() => answer(null)}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          answer(value);
        }}
      >
        <h2 id={`${ids}-title`}>{t('password.title')}</h2>
        <p id={`${ids}-prompt`}>{t('password.prompt', { name: request.fileName })}</p>
        {request.retry && (
          <p className="password-error" role="alert">
            {t('password.wrong')}
          </p>
        )}
        <label htmlFor={`${ids}-input`}>{t('password.label')}</label>
        <input
          id={`${ids}-input`}
          type="password"
          autoComplete="off"
          autoFocus
          value={value}
          aria-invalid={request.retry || undefined}
          onChange={(e) => setValue(e.target.value)}
        />
        <div className="dialog-actions">
          <button type="button" onClick={() => answer(null)}>
            {t('password.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('password.submit')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

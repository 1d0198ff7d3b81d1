// An inline confirmation for an action that changes passages (delete or merge a tag): it says what will happen first.
import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n';

export function ConfirmBox({ title, children, confirmLabel, onConfirm, onCancel }: { title: string; children: ReactNode; confirmLabel: string; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const cancel = useRef<HTMLButtonElement>(null);
  // Focus the safe choice, so Enter does not destroy anything by accident.
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div className="confirm-box" role="alertdialog" aria-labelledby="confirm-title" aria-describedby="confirm-body" onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <h2 id="confirm-title">{title}</h2>
      <div id="confirm-body">{children}</div>
      <div className="form-actions">
        <button type="button" className="danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" ref={cancel} onClick={onCancel}>
          {t('codebook.form.cancel')}
        </button>
      </div>
    </div>
  );
}

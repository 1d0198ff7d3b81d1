// A yes-or-no question before something that takes work away (deleting tagged documents, a dossier).
import { useI18n } from '../i18n/useI18n';
import { ModalDialog } from '../ui/ModalDialog';

interface Props {
  heading: string;
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({ heading, message, confirmLabel, onConfirm, onCancel }: Props) {
  const { t } = useI18n();
  return (
    <ModalDialog className="dialog confirm-dialog" labelledBy="confirm-heading" describedBy="confirm-message" onCancel={onCancel}>
      <h2 id="confirm-heading">{heading}</h2>
      <p id="confirm-message">{message}</p>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel} autoFocus>
          {t('details.cancel')}
        </button>
        <button type="button" className="danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </ModalDialog>
  );
}

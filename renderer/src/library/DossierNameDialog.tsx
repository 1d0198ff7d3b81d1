// Asks for a dossier's name, to create one or rename it; an empty, too long or already used name is refused with a message.
import { useState } from 'react';
import { DOSSIER_NAME_MAX } from '../../../shared/library';
import type { Dossier } from '../../../shared/model';
import { createDossier, DossierNameError, renameDossier } from '../db/dossiers';
import { useI18n } from '../i18n/useI18n';
import { ModalDialog } from '../ui/ModalDialog';

interface Props {
  /** The dossier to rename; absent to create a new one. */
  dossier?: Dossier;
  onClose: () => void;
  onDone: (dossier: Dossier) => void;
}

export function DossierNameDialog({ dossier, onClose, onDone }: Props) {
  const { t } = useI18n();
  const [name, setName] = useState(dossier?.name ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async () => {
    setSaving(true);
    try {
      if (dossier) {
        await renameDossier(dossier.id, name);
        onDone({ ...dossier, name: name.trim() });
      } else onDone(await createDossier(name, Date.now()));
    } catch (caught) {
      if (caught instanceof DossierNameError) {
        setError(
          caught.problem === 'empty'
            ? t('dossier.error.empty')
            : caught.problem === 'tooLong'
              ? t('dossier.error.tooLong', { max: String(DOSSIER_NAME_MAX) })
              : t('dossier.error.taken', { name: caught.other?.name ?? name.trim() }),
        );
      } else setError(t('dossier.error.failed', { detail: caught instanceof Error ? caught.message : String(caught) }));
      setSaving(false);
    }
  };

  return (
    <ModalDialog className="dialog dossier-dialog" labelledBy="dossier-dialog-heading" onCancel={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        noValidate
      >
        <h2 id="dossier-dialog-heading">{dossier ? t('dossier.renameHeading') : t('dossier.createHeading')}</h2>
        <p className="dialog-hint">{t('dossier.hint')}</p>
        <label className="field">
          <span>{t('dossier.name')}</span>
          <input
            type="text"
            value={name}
            autoFocus
            maxLength={DOSSIER_NAME_MAX + 20}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'dossier-name-error' : undefined}
            onChange={(e) => {
              setName(e.target.value);
              setError(null);
            }}
          />
        </label>
        {error && (
          <p id="dossier-name-error" role="alert" className="field-error">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('details.cancel')}
          </button>
          <button type="submit" className="primary" disabled={saving}>
            {dossier ? t('dossier.rename') : t('dossier.create')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

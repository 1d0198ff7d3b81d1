// What can be done with the selected documents: file them in a dossier, take them out of the one shown, compare, edit, delete.
import { useState } from 'react';
import type { Dossier } from '../../../shared/model';
import { setMembership } from '../db/dossiers';
import { useI18n } from '../i18n/useI18n';
import { useNotices } from '../ui/notices';
import { DossierNameDialog } from './DossierNameDialog';

interface Props {
  selected: readonly string[];
  shown: number;
  total: number;
  dossiers: readonly Dossier[];
  /** The dossier the library is showing, if any: its members can be taken out of it. */
  current: Dossier | undefined;
  onClear: () => void;
  onDetails: (docId: string) => void;
  /** One document: compare it with one still to choose; two: compare them. */
  onCompare: (docIds: readonly string[]) => void;
  onDelete: (docIds: string[]) => void;
}

const NEW = '\u0000new';

export function SelectionBar({ selected, shown, total, dossiers, current, onClear, onDetails, onCompare, onDelete }: Props) {
  const { lang, t } = useI18n();
  const { notify } = useNotices();
  const [creating, setCreating] = useState(false);
  const count = String(selected.length);

  const file = async (dossier: Dossier, add: boolean) => {
    try {
      const changed = await setMembership(selected, dossier.id, add);
      notify('success', t(add ? 'dossier.added' : 'dossier.removed', { count: String(changed), name: dossier.name }));
    } catch (error) {
      notify('error', t('dossier.error.failed', { detail: error instanceof Error ? error.message : String(error) }));
    }
  };

  if (selected.length === 0) {
    return (
      <p className="selection-bar selection-idle" role="status">
        {shown === total ? t('library.count', { count: String(total) }) : t('library.countFiltered', { shown: String(shown), total: String(total) })}
        <span className="selection-tip">{t('library.selectTip')}</span>
      </p>
    );
  }
  const sorted = [...dossiers].sort((a, b) => a.name.localeCompare(b.name, lang, { sensitivity: 'base', numeric: true }));
  return (
    <div className="selection-bar" role="toolbar" aria-label={t('library.selectionActions')}>
      <span className="selection-count" role="status">
        {t('library.selected', { count })}
      </span>
      <label className="inline-field">
        <span className="visually-hidden">{t('dossier.addTo')}</span>
        <select
          value=""
          onChange={(e) => {
            const value = e.target.value;
            if (value === NEW) return setCreating(true);
            const dossier = dossiers.find((d) => d.id === value);
            if (dossier) void file(dossier, true);
          }}
        >
          <option value="">{t('dossier.addTo')}</option>
          {sorted.map((dossier) => (
            <option key={dossier.id} value={dossier.id}>
              {dossier.name}
            </option>
          ))}
          <option value={NEW}>{t('dossier.newEllipsis')}</option>
        </select>
      </label>
      {current && (
        <button type="button" onClick={() => void file(current, false)}>
          {t('dossier.removeFrom', { name: current.name })}
        </button>
      )}
      {selected.length === 1 && (
        <button type="button" onClick={() => onDetails(selected[0] as string)}>
          {t('library.details')}
        </button>
      )}
      {selected.length === 1 && (
        <button type="button" onClick={() => onCompare(selected)}>
          {t('library.compareWith')}
        </button>
      )}
      {selected.length === 2 && (
        <button type="button" className="primary" title={t('library.compareTwoHint')} onClick={() => onCompare(selected)}>
          {t('library.compareTwo')}
        </button>
      )}
      <button type="button" className="danger" onClick={() => onDelete([...selected])}>
        {t('library.delete', { count })}
      </button>
      <button type="button" onClick={onClear}>
        {t('library.clearSelection')}
      </button>
      {creating && (
        <DossierNameDialog
          onClose={() => setCreating(false)}
          onDone={(dossier) => {
            setCreating(false);
            void file(dossier, true);
          }}
        />
      )}
    </div>
  );
}

// The dossiers beside the library: the whole library or one matter, with counts; create, rename and delete a dossier.
import { useMemo, useState } from 'react';
import type { Dossier } from '../../../shared/model';
import { deleteDossier } from '../db/dossiers';
import { useI18n } from '../i18n/useI18n';
import { useNotices } from '../ui/notices';
import { ConfirmDialog } from './ConfirmDialog';
import { DossierNameDialog } from './DossierNameDialog';

interface Props {
  dossiers: readonly Dossier[];
  counts: ReadonlyMap<string, number>;
  total: number;
  current: string;
  onChoose: (dossierId: string) => void;
}

export function DossierSidebar({ dossiers, counts, total, current, onChoose }: Props) {
  const { lang, t } = useI18n();
  const { notify } = useNotices();
  const [naming, setNaming] = useState<{ dossier?: Dossier } | null>(null);
  const [deleting, setDeleting] = useState<Dossier | null>(null);
  const sorted = useMemo(() => [...dossiers].sort((a, b) => a.name.localeCompare(b.name, lang, { sensitivity: 'base', numeric: true })), [dossiers, lang]);

  const remove = async (dossier: Dossier) => {
    setDeleting(null);
    try {
      await deleteDossier(dossier.id);
      if (current === dossier.id) onChoose('');
      notify('success', t('dossier.deleted', { name: dossier.name }));
    } catch (error) {
      notify('error', t('dossier.error.failed', { detail: error instanceof Error ? error.message : String(error) }));
    }
  };

  return (
    <nav className="dossier-sidebar" aria-labelledby="dossiers-heading">
      <h2 id="dossiers-heading">{t('dossier.heading')}</h2>
      <ul className="dossier-list">
        <li>
          <button type="button" className="dossier-choice" aria-current={current === '' ? 'true' : undefined} onClick={() => onChoose('')}>
            <span className="dossier-name">{t('dossier.all')}</span>
            <span className="dossier-count">{total}</span>
          </button>
        </li>
        {sorted.map((dossier) => (
          <li key={dossier.id} className="dossier-item">
            <button type="button" className="dossier-choice" aria-current={current === dossier.id ? 'true' : undefined} onClick={() => onChoose(dossier.id)}>
              <span className="dossier-name">{dossier.name}</span>
              <span className="dossier-count" aria-label={t('dossier.countLabel', { count: String(counts.get(dossier.id) ?? 0) })}>
                {counts.get(dossier.id) ?? 0}
              </span>
            </button>
            <span className="dossier-tools">
              <button type="button" className="icon-button" aria-label={t('dossier.renameLabel', { name: dossier.name })} title={t('dossier.rename')} onClick={() => setNaming({ dossier })}>
                ✎
              </button>
              <button type="button" className="icon-button" aria-label={t('dossier.deleteLabel', { name: dossier.name })} title={t('dossier.delete')} onClick={() => setDeleting(dossier)}>
                ×
              </button>
            </span>
          </li>
        ))}
      </ul>
      {dossiers.length === 0 && <p className="dossier-empty">{t('dossier.none')}</p>}
      <button type="button" className="dossier-new" onClick={() => setNaming({})}>
        + {t('dossier.new')}
      </button>
      {naming && (
        <DossierNameDialog
          dossier={naming.dossier}
          onClose={() => setNaming(null)}
          onDone={(dossier) => {
            setNaming(null);
            notify('success', naming.dossier ? t('dossier.renamed', { name: dossier.name }) : t('dossier.created', { name: dossier.name }));
            if (!naming.dossier) onChoose(dossier.id);
          }}
        />
      )}
      {deleting && (
        <ConfirmDialog
          heading={t('dossier.deleteHeading', { name: deleting.name })}
          message={t('dossier.deleteMessage', { count: String(counts.get(deleting.id) ?? 0) })}
          confirmLabel={t('dossier.delete')}
          onCancel={() => setDeleting(null)}
          onConfirm={() => void remove(deleting)}
        />
      )}
    </nav>
  );
}

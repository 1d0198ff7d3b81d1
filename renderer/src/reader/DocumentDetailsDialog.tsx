// The metadata form: every detected field of the document, correctable; what is saved feeds citations and exports.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { dossierIdsOf } from '../../../shared/library';
import type { DecisionKind, DocumentKind, GloseDocument } from '../../../shared/model';
import { listDossiers, saveDetailsAndDossiers } from '../db/dossiers';
import { useI18n } from '../i18n/useI18n';
import { ModalDialog } from '../ui/ModalDialog';
import { useNotices } from '../ui/notices';

const TEXT_FIELDS = ['court', 'formation', 'date', 'caseNumber', 'ecli', 'publication', 'author', 'parties'] as const;
type TextField = (typeof TEXT_FIELDS)[number];
const KINDS: readonly DocumentKind[] = ['ruling', 'article', 'statute', 'other'];
const DECISION_KINDS: readonly DecisionKind[] = ['ordonnance', 'decision', 'arret', 'jugement'];
// A year, a month or a day: citations print what there is (formatCitationDate).
const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u;

export function DocumentDetailsDialog({ document, onClose }: { document: GloseDocument; onClose: () => void }) {
  const { lang, t } = useI18n();
  const { notify } = useNotices();
  const [title, setTitle] = useState(document.title);
  const [kind, setKind] = useState<DocumentKind>(document.kind);
  const [decisionKind, setDecisionKind] = useState<DecisionKind | ''>(document.decisionKind ?? '');
  const [fields, setFields] = useState<Record<TextField, string>>(
    () => Object.fromEntries(TEXT_FIELDS.map((key) => [key, document[key] ?? ''])) as Record<TextField, string>,
  );
  const [error, setError] = useState<string | null>(null);
  const dossiers = useLiveQuery(listDossiers, []);
  // Null until the user ticks a box: saving the metadata alone must not rewrite memberships changed elsewhere meanwhile.
  const [dossierIds, setDossierIds] = useState<string[] | null>(null);
  const memberOf = dossierIds ?? dossierIdsOf(document);

  const save = async () => {
    const date = fields.date.trim();
    if (!title.trim()) return setError(t('details.titleRequired'));
    if (date && !ISO_DATE.test(date)) return setError(t('details.invalidDate'));
    const changes: Parameters<typeof saveDetailsAndDossiers>[1] = { title: title.trim(), kind, decisionKind: decisionKind || undefined };
    for (const key of TEXT_FIELDS) changes[key] = fields[key].replace(/\s+/gu, ' ').trim() || undefined;
    try {
      await saveDetailsAndDossiers(document.id, changes, dossierIds, Date.now());
    } catch (caught) {
      return setError(t('details.saveFailed', { detail: caught instanceof Error ? caught.message : String(caught) }));
    }
    notify('success', t('details.saved'));
    onClose();
  };

  return (
    <ModalDialog className="dialog details-dialog" labelledBy="details-heading" onCancel={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <h2 id="details-heading">{t('details.heading')}</h2>
        <p className="dialog-hint">{t('details.hint')}</p>
        <div className="details-grid">
          <label className="field field-wide">
            <span>{t('details.title')}</span>
            <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} required />
          </label>
          <label className="field">
            <span>{t('details.kind')}</span>
            <select value={kind} onChange={(e) => setKind(e.target.value as DocumentKind)}>
              {KINDS.map((value) => (
                <option key={value} value={value}>
                  {t(`kind.${value}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('details.decisionKind')}</span>
            <select value={decisionKind} onChange={(e) => setDecisionKind(e.target.value as DecisionKind | '')}>
              <option value="">{t('details.none')}</option>
              {DECISION_KINDS.map((value) => (
                <option key={value} value={value}>
                  {t(`decisionKind.${value}`)}
                </option>
              ))}
            </select>
          </label>
          {TEXT_FIELDS.map((key) => (
            <label key={key} className="field">
              <span>{t(`details.${key}`)}</span>
              <input
                type="text"
                value={fields[key]}
                placeholder={key === 'date' ? t('details.datePlaceholder') : undefined}
                onChange={(e) => setFields((current) => ({ ...current, [key]: e.target.value }))}
              />
            </label>
          ))}
        </div>
        {dossiers && dossiers.length > 0 && (
          <fieldset className="details-dossiers">
            <legend>{t('details.dossiers')}</legend>
            {[...dossiers]
              .sort((a, b) => a.name.localeCompare(b.name, lang, { sensitivity: 'base', numeric: true }))
              .map((dossier) => (
                <label key={dossier.id} className="checkbox-field">
                  <input
                    type="checkbox"
                    checked={memberOf.includes(dossier.id)}
                    onChange={(e) => setDossierIds(e.target.checked ? [...memberOf, dossier.id] : memberOf.filter((id) => id !== dossier.id))}
                  />
                  {dossier.name}
                </label>
              ))}
          </fieldset>
        )}
        {error && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('details.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('details.save')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

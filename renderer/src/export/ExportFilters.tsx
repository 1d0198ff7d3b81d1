// The export dialog's filters: tags (any or all, with sub-tags), roles, stances, decision dates and court.
import { codebookOrder, libraryCourts, ROLE_ORDER, type ExportFilters } from '../../../shared/export';
import { tagDisplayName } from '../../../shared/i18n';
import type { GloseDocument, PassageRole, Stance, Tag } from '../../../shared/model';
import { useI18n } from '../i18n/useI18n';

const STANCES: readonly Stance[] = ['accepted', 'rejected', 'undecided'];
const toggle = <T,>(list: readonly T[], value: T, on: boolean): T[] => (on ? [...list, value] : list.filter((item) => item !== value));

interface Props {
  filters: ExportFilters;
  tags: readonly Tag[];
  documents: readonly GloseDocument[];
  onChange: (filters: ExportFilters) => void;
}

export function ExportFiltersFieldset({ filters, tags, documents, onChange }: Props) {
  const { lang, t } = useI18n();
  const set = (patch: Partial<ExportFilters>) => onChange({ ...filters, ...patch });
  const courts = libraryCourts(documents, lang);
  const roles: Array<PassageRole | 'none'> = [...ROLE_ORDER, 'none'];
  return (
    <fieldset className="export-fieldset">
      <legend>{t('exportDialog.filters')}</legend>
      <div className="export-tags" role="group" aria-label={t('exportDialog.tags')}>
        <span className="export-label">{t('exportDialog.tags')}</span>
        <ul className="export-tag-list">
          {codebookOrder(tags, lang).map(({ tag, depth }) => (
            <li key={tag.id} style={{ paddingInlineStart: `${depth * 1.1}rem` }}>
              <label>
                <input type="checkbox" checked={filters.tagIds.includes(tag.id)} onChange={(e) => set({ tagIds: toggle(filters.tagIds, tag.id, e.target.checked) })} />
                <span className="tag-swatch" style={{ background: tag.color }} aria-hidden="true" /> {tagDisplayName(tag, lang) || tag.id}
              </label>
            </li>
          ))}
        </ul>
        <div className="export-inline">
          <select aria-label={t('exportDialog.tags')} value={filters.tagMatch} onChange={(e) => set({ tagMatch: e.target.value as ExportFilters['tagMatch'] })}>
            <option value="any">{t('exportDialog.tagMatch.any')}</option>
            <option value="all">{t('exportDialog.tagMatch.all')}</option>
          </select>
          <label>
            <input type="checkbox" checked={filters.includeSubTags} onChange={(e) => set({ includeSubTags: e.target.checked })} /> {t('exportDialog.subTags')}
          </label>
        </div>
      </div>
      <div className="export-checks" role="group" aria-label={t('exportDialog.roles')}>
        <span className="export-label">{t('exportDialog.roles')}</span>
        {roles.map((role) => (
          <label key={role}>
            <input type="checkbox" checked={filters.roles.includes(role)} onChange={(e) => set({ roles: toggle(filters.roles, role, e.target.checked) })} /> {t(`role.${role}`)}
          </label>
        ))}
      </div>
      <div className="export-checks" role="group" aria-label={t('exportDialog.stances')}>
        <span className="export-label">{t('exportDialog.stances')}</span>
        {STANCES.map((stance) => (
          <label key={stance}>
            <input type="checkbox" checked={filters.stances.includes(stance)} onChange={(e) => set({ stances: toggle(filters.stances, stance, e.target.checked) })} /> {t(`stance.${stance}`)}
          </label>
        ))}
      </div>
      <div className="export-inline">
        <label className="field">
          <span>{t('exportDialog.dateFrom')}</span>
          <input type="date" value={filters.dateFrom ?? ''} onChange={(e) => set({ dateFrom: e.target.value || undefined })} />
        </label>
        <label className="field">
          <span>{t('exportDialog.dateTo')}</span>
          <input type="date" value={filters.dateTo ?? ''} onChange={(e) => set({ dateTo: e.target.value || undefined })} />
        </label>
        <label className="field">
          <span>{t('exportDialog.court')}</span>
          <select value={filters.courts[0] ?? ''} onChange={(e) => set({ courts: e.target.value ? [e.target.value] : [] })}>
            <option value="">{t('exportDialog.anyCourt')}</option>
            {courts.map((court) => (
              <option key={court} value={court}>
                {court}
              </option>
            ))}
          </select>
        </label>
      </div>
    </fieldset>
  );
}

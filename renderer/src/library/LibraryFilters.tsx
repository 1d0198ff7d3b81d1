// The filter bar: words in the title, court or number; kind; court; tag; decision and import date ranges; a reset.
import type { ReactNode } from 'react';
import { isFiltering, type LibraryFilter } from '../../../shared/library';
import type { DocumentKind, Tag } from '../../../shared/model';
import { codebookTree } from '../../../shared/codebook/tree';
import { tagDisplayName } from '../../../shared/i18n/tagName';
import { useI18n } from '../i18n/useI18n';

const KINDS: readonly DocumentKind[] = ['ruling', 'article', 'statute', 'other'];

interface Props {
  filter: LibraryFilter;
  courts: readonly string[];
  tags: readonly Tag[];
  onChange: (change: Partial<LibraryFilter>) => void;
  onReset: () => void;
}

export function LibraryFilters({ filter, courts, tags, onChange, onReset }: Props) {
  const { lang, t } = useI18n();
  const tree = codebookTree(tags);
  const field = (label: string, control: ReactNode, className = '') => (
    <label className={`filter-field ${className}`}>
      <span>{label}</span>
      {control}
    </label>
  );
  return (
    <div role="search" className="library-filters" aria-label={t('libraryFilter.label')}>
      {field(
        t('libraryFilter.text'),
        <input type="search" value={filter.text} placeholder={t('libraryFilter.textPlaceholder')} onChange={(e) => onChange({ text: e.target.value })} />,
        'filter-text',
      )}
      {field(
        t('libraryFilter.kind'),
        <select value={filter.kind} onChange={(e) => onChange({ kind: e.target.value as DocumentKind | '' })}>
          <option value="">{t('libraryFilter.any')}</option>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kind.${kind}`)}
            </option>
          ))}
        </select>,
      )}
      {field(
        t('libraryFilter.court'),
        <select value={filter.court} onChange={(e) => onChange({ court: e.target.value })}>
          <option value="">{t('libraryFilter.any')}</option>
          {/* A court remembered from an earlier session stays choosable even if its last document went. */}
          {[...courts, ...(filter.court && !courts.includes(filter.court) ? [filter.court] : [])].map((court) => (
            <option key={court} value={court}>
              {court}
            </option>
          ))}
        </select>,
        'filter-court',
      )}
      {field(
        t('libraryFilter.tag'),
        <select value={filter.tagId} onChange={(e) => onChange({ tagId: e.target.value })}>
          <option value="">{t('libraryFilter.any')}</option>
          {tree.map(({ tag, depth }) => (
            <option key={tag.id} value={tag.id}>
              {`${'\u2003'.repeat(depth)}${tagDisplayName(tag, lang)}`}
            </option>
          ))}
        </select>,
      )}
      <fieldset className="filter-range">
        <legend>{t('libraryFilter.decisionDate')}</legend>
        <input type="date" aria-label={t('libraryFilter.decisionFrom')} value={filter.dateFrom} max={filter.dateTo || undefined} onChange={(e) => onChange({ dateFrom: e.target.value })} />
        <span aria-hidden="true">–</span>
        <input type="date" aria-label={t('libraryFilter.decisionTo')} value={filter.dateTo} min={filter.dateFrom || undefined} onChange={(e) => onChange({ dateTo: e.target.value })} />
      </fieldset>
      <fieldset className="filter-range">
        <legend>{t('libraryFilter.importDate')}</legend>
        <input type="date" aria-label={t('libraryFilter.importedFrom')} value={filter.importedFrom} max={filter.importedTo || undefined} onChange={(e) => onChange({ importedFrom: e.target.value })} />
        <span aria-hidden="true">–</span>
        <input type="date" aria-label={t('libraryFilter.importedTo')} value={filter.importedTo} min={filter.importedFrom || undefined} onChange={(e) => onChange({ importedTo: e.target.value })} />
      </fieldset>
      <button type="button" className="filter-reset" onClick={onReset} disabled={!isFiltering(filter)}>
        {t('libraryFilter.reset')}
      </button>
    </div>
  );
}

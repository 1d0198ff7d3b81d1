// The search page, `#/search`: full-text results, or argument retrieval by tag, as two tabs.
import { useI18n } from '../i18n/useI18n';
import { useExportDialog } from '../export/ExportProvider';
import { ArgumentView } from './ArgumentView';
import { searchHash, type SearchParams } from './searchRoute';
import { TextResults } from './TextResults';

export function SearchView({ params }: { params: SearchParams }) {
  const { t } = useI18n();
  // The passages listed go to the export dialog, with every format, filter and grouping it offers.
  const exportDialog = useExportDialog();
  return (
    <main className="search-view">
      <h2>{t('search.heading')}</h2>
      <nav className="search-tabs" aria-label={t('search.heading')}>
        <a href={searchHash({ q: params.q })} aria-current={params.tab === 'text' ? 'page' : undefined}>
          {t('search.tab.text')}
        </a>
        <a href={searchHash({ q: params.q, tab: 'arguments', ...(params.tag ? { tag: params.tag } : {}) })} aria-current={params.tab === 'arguments' ? 'page' : undefined}>
          {t('search.tab.arguments')}
        </a>
      </nav>
      {params.tab === 'arguments' ? (
        <ArgumentView tagId={params.tag} onExport={(passageIds, label) => exportDialog.open({ kind: 'passages', passageIds, label })} />
      ) : (
        <>
          <p className="search-help">{t('search.help')}</p>
          <TextResults query={params.q} />
        </>
      )}
    </main>
  );
}

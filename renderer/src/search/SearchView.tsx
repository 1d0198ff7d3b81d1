// The search page, `#/search`: full-text results, or argument retrieval by tag, as two tabs.
import { useCallback } from 'react';
import { useI18n } from '../i18n/useI18n';
import { bridge } from '../platform';
import { useNotices } from '../ui/notices';
import { useCodebook } from '../codebook/useCodebook';
import { ArgumentView } from './ArgumentView';
import { passagesMarkdown } from './exportPassages';
import { searchHash, type SearchParams } from './searchRoute';
import { TextResults } from './TextResults';

export function SearchView({ params, onExport }: { params: SearchParams; onExport?: (scope: { passageIds: string[] }) => void }) {
  const { t } = useI18n();
  const markdownExport = useMarkdownExport();
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
        <ArgumentView tagId={params.tag} onExport={onExport ?? markdownExport} />
      ) : (
        <>
          <p className="search-help">{t('search.help')}</p>
          <TextResults query={params.q} />
        </>
      )}
    </main>
  );
}

/** Until the export dialog is wired in, the listed passages are saved as Markdown through the host. */
function useMarkdownExport(): (scope: { passageIds: string[] }) => void {
  const { lang, t } = useI18n();
  const { notify } = useNotices();
  const { tags } = useCodebook();
  return useCallback(
    (scope) => {
      void (async () => {
        try {
          const data = await passagesMarkdown(scope.passageIds, tags, lang, new Date());
          const result = await bridge.saveFile({
            title: t('export.dialogTitle'),
            suggestedName: 'glose-arguments.md',
            mimeType: 'text/markdown;charset=utf-8',
            filters: [{ name: t('export.filter.markdown'), extensions: ['md'] }],
            data,
          });
          if (result.status === 'saved') notify('success', t('args.exported'));
        } catch (error) {
          notify('error', t('error.generic', { detail: error instanceof Error ? error.message : String(error) }));
        }
      })();
    },
    [lang, notify, t, tags],
  );
}

// The application shell: header with navigation and the language switch, and the library, reader or codebook view.
import { useI18n } from '../i18n/useI18n';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher';
import { DatabaseGate } from '../db/DatabaseGate';
import { LibraryView } from '../library/LibraryView';
import { ReaderView } from '../reader/ReaderView';
import { CodebookView } from '../codebook/CodebookView';
import { HistoryProvider } from '../codebook/history';
import { useRoute } from './useRoute';

export function App() {
  const { t } = useI18n();
  const [route, navigate] = useRoute();
  return (
    <div className="app">
      <header className="app-header">
        <a className="brand" href="#/" aria-label={t('nav.library')}>
          <span className="brand-name">{t('app.title')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </a>
        <nav className="app-nav" aria-label={t('nav.main')}>
          <a href="#/" aria-current={route.view === 'library' ? 'page' : undefined}>
            {t('nav.library')}
          </a>
          <a href="#/codebook" aria-current={route.view === 'codebook' ? 'page' : undefined}>
            {t('nav.codebook')}
          </a>
          <LanguageSwitcher />
        </nav>
      </header>
      <DatabaseGate>
        <HistoryProvider>
          {route.view === 'reader' ? (
            <ReaderView key={route.docId} docId={route.docId} onBack={() => navigate({ view: 'library' })} />
          ) : route.view === 'codebook' ? (
            <CodebookView />
          ) : (
            <LibraryView onOpen={(docId) => navigate({ view: 'reader', docId })} />
          )}
        </HistoryProvider>
      </DatabaseGate>
    </div>
  );
}

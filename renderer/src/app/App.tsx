// The application shell: header with the language switch, and the library or reader view.
import { useI18n } from '../i18n/useI18n';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher';
import { DatabaseGate } from '../db/DatabaseGate';
import { LibraryView } from '../library/LibraryView';
import { ReaderView } from '../reader/ReaderView';
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
        <LanguageSwitcher />
      </header>
      <DatabaseGate>
        {route.view === 'reader' ? (
          <ReaderView key={route.docId} docId={route.docId} onBack={() => navigate({ view: 'library' })} />
        ) : (
          <LibraryView onOpen={(docId) => navigate({ view: 'reader', docId })} />
        )}
      </DatabaseGate>
    </div>
  );
}

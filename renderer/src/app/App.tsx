// The application shell: header with navigation, search field, dark mode, shortcuts and language; the library, reader, codebook, search, compare or settings view; the desktop plumbing.
import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/useI18n';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher';
import { DatabaseGate } from '../db/DatabaseGate';
import { ImportProvider } from '../library/ImportProvider';
import { LibraryView } from '../library/LibraryView';
import { ReaderView } from '../reader/ReaderView';
import { CodebookView } from '../codebook/CodebookView';
import { CompareView } from '../compare/CompareView';
import { HeaderSearch } from '../search/HeaderSearch';
import { SearchIndexPreloader } from '../search/SearchIndexPreloader';
import { SearchView } from '../search/SearchView';
import { HistoryProvider } from '../codebook/history';
import { AutoBackupListener } from '../settings/AutoBackupListener';
import { BackupProvider } from '../settings/BackupProvider';
import { PersistentStorageRequest } from '../settings/PersistentStorageRequest';
import { SettingsView } from '../settings/SettingsView';
import { ExportProvider } from '../export/ExportProvider';
import { AppCommands } from './commands/AppCommands';
import { MenuSync } from './commands/MenuSync';
import { SystemFilesReceiver } from './commands/SystemFilesReceiver';
import { FindBar } from './find/FindBar';
import { HeaderTools } from './HeaderTools';
import { ShortcutsDialog } from './ShortcutsDialog';
import { useExternalLinks } from './useExternalLinks';
import { useRoute } from './useRoute';

export function App() {
  const { t } = useI18n();
  const [route, navigate] = useRoute();
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  // Find is open while a document is; each Find command bumps the signal to refocus the field.
  const [find, setFind] = useState<{ docId: string; signal: number } | null>(null);
  // View › Reader returns to the last document opened in this session.
  const [lastDocId, setLastDocId] = useState<string | null>(null);
  const openDocId = route.view === 'reader' ? route.docId : null;
  useEffect(() => {
    if (openDocId) setLastDocId(openDocId);
  }, [openDocId]);
  useExternalLinks();

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
          <a href="#/search" aria-current={route.view === 'search' ? 'page' : undefined}>
            {t('search.nav')}
          </a>
          <a href="#/compare" aria-current={route.view === 'compare' ? 'page' : undefined}>
            {t('nav.compare')}
          </a>
          <a href="#/settings" aria-current={route.view === 'settings' ? 'page' : undefined}>
            {t('nav.settings')}
          </a>
        </nav>
        <div className="header-end">
          <HeaderSearch query={route.view === 'search' ? route.params.q : ''} />
          <HeaderTools onShortcuts={() => setShortcutsOpen(true)} />
          <LanguageSwitcher />
        </div>
      </header>
      <DatabaseGate>
        <ImportProvider>
          <HistoryProvider>
            <BackupProvider>
            <ExportProvider>
              <AutoBackupListener />
              <SearchIndexPreloader />
              <PersistentStorageRequest />
              <AppCommands
                navigate={navigate}
                lastDocId={lastDocId}
                openShortcuts={() => setShortcutsOpen(true)}
                openFind={openDocId ? () => setFind((now) => ({ docId: openDocId, signal: (now?.signal ?? 0) + 1 })) : null}
              />
              <MenuSync documentOpen={openDocId !== null} readerAvailable={lastDocId !== null} />
              <SystemFilesReceiver />
              <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
              {route.view === 'reader' ? (
                <ReaderView key={route.docId} docId={route.docId} onBack={() => navigate({ view: 'library' })} />
              ) : route.view === 'codebook' ? (
                <CodebookView />
              ) : route.view === 'compare' ? (
                <CompareView
                  {...(route.a ? { a: route.a } : {})}
                  {...(route.b ? { b: route.b } : {})}
                  onCompare={(a, b) => navigate({ view: 'compare', ...(a ? { a } : {}), ...(b ? { b } : {}) })}
                />
              ) : route.view === 'search' ? (
                <SearchView params={route.params} />
              ) : route.view === 'settings' ? (
                <SettingsView />
              ) : (
                <LibraryView onOpen={(docId) => navigate({ view: 'reader', docId })} />
              )}
            </ExportProvider>
            </BackupProvider>
          </HistoryProvider>
        </ImportProvider>
      </DatabaseGate>
      {find && find.docId === openDocId && <FindBar key={find.docId} focusSignal={find.signal} onClose={() => setFind(null)} />}
    </div>
  );
}

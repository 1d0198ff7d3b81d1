// Entry point of the renderer, in Electron and in the web edition alike.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { I18nProvider } from './i18n/I18nProvider';
import { NoticeProvider } from './ui/notices';
import './ui/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <NoticeProvider>
        <App />
      </NoticeProvider>
    </I18nProvider>
  </StrictMode>,
);

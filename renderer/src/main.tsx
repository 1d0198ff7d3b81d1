// Entry point of the renderer, in Electron and in the web edition alike.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { CommandProvider } from './app/commands/CommandProvider';
import { I18nProvider } from './i18n/I18nProvider';
import { NoticeProvider } from './ui/notices';
import { ThemeProvider } from './ui/theme';
import './ui/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <NoticeProvider>
        <ThemeProvider>
          <CommandProvider>
            <App />
          </CommandProvider>
        </ThemeProvider>
      </NoticeProvider>
    </I18nProvider>
  </StrictMode>,
);

// The header's own controls: dark mode on or off, and the keyboard shortcuts (the web edition has no Help menu).
import { useI18n } from '../i18n/useI18n';
import { useTheme } from '../ui/theme';

export function HeaderTools({ onShortcuts }: { onShortcuts: () => void }) {
  const { t } = useI18n();
  const { theme, toggleTheme } = useTheme();
  const dark = theme === 'dark';
  return (
    <div className="header-tools">
      <button type="button" className="icon-button" aria-pressed={dark} onClick={toggleTheme} title={t('theme.toggle', { mode: t(dark ? 'theme.light' : 'theme.dark').toLocaleLowerCase() })}>
        <span aria-hidden="true">{dark ? '☀' : '☾'}</span> {t('theme.dark')}
      </button>
      <button type="button" className="icon-button" onClick={onShortcuts} aria-label={t('shortcuts.open')} title={t('shortcuts.open')}>
        <span aria-hidden="true">⌨</span>
      </button>
    </div>
  );
}

// Light or dark: follows the system (prefers-color-scheme) until the user chooses, then remembers the choice in settings;
// the saved choice is watched, so a restored backup's theme applies at once.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { readSetting, writeSetting } from '../db/settings';

export type Theme = 'light' | 'dark';
export const THEME_SETTING = 'theme';
const isTheme = (value: unknown): value is Theme => value === 'light' || value === 'dark';

interface ThemeApi {
  theme: Theme;
  toggleTheme: () => void;
}

const ThemeContext = createContext<ThemeApi | null>(null);

function systemTheme(): Theme {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function ThemeProvider({ children }: { children: ReactNode }) {
  const [chosen, setChosen] = useState<Theme | null>(null);
  const [system, setSystem] = useState<Theme>(systemTheme);

  const saved = useLiveQuery(() => readSetting(THEME_SETTING, isTheme).catch(() => undefined), []);
  // Adopted during render (not in an effect), so the first paint already has the saved theme.
  const [adopted, setAdopted] = useState(saved);
  if (saved !== adopted) {
    setAdopted(saved);
    if (saved) setChosen(saved);
  }

  useEffect(() => {
    const query = window.matchMedia?.('(prefers-color-scheme: dark)');
    const onChange = () => setSystem(systemTheme());
    query?.addEventListener('change', onChange);
    return () => query?.removeEventListener('change', onChange);
  }, []);

  const theme = chosen ?? system;
  useEffect(() => {
    // On the root element, so the CSS variables (and native form controls, via color-scheme) follow.
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  const toggleTheme = useCallback(() => {
    const next: Theme = theme === 'dark' ? 'light' : 'dark';
    setChosen(next);
    void writeSetting(THEME_SETTING, next).catch((error: unknown) => console.error('[glose] could not save the theme', error));
  }, [theme]);

  const api = useMemo(() => ({ theme, toggleTheme }), [theme, toggleTheme]);
  return <ThemeContext.Provider value={api}>{children}</ThemeContext.Provider>;
}

export function useTheme(): ThemeApi {
  const api = useContext(ThemeContext);
  if (!api) throw new Error('useTheme must be used inside <ThemeProvider>');
  return api;
}

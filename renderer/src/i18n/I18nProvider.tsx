// Holds the interface language (saved in settings, defaulting to the system's) and hands out `t`.
import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { LANGS, langFromLocale, translate, type Lang, type MessageKey, type MessageParams } from '../../../shared/i18n';
import { readSetting, writeSetting } from '../db/settings';

export interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: (key: MessageKey, params?: MessageParams) => string;
}

export const I18nContext = createContext<I18n | null>(null);

const LANG_SETTING = 'lang';
const isLang = (value: unknown): value is Lang => typeof value === 'string' && (LANGS as readonly string[]).includes(value);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => langFromLocale(navigator.language));
  // Wait for the saved choice before the first paint, so the interface never flashes in the other language.
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let live = true;
    void readSetting(LANG_SETTING, isLang)
      .catch(() => undefined)
      .then((saved) => {
        if (!live) return;
        if (saved) setLangState(saved);
        setReady(true);
      });
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    void writeSetting(LANG_SETTING, next);
  }, []);

  const value = useMemo<I18n>(() => ({ lang, setLang, t: (key, params) => translate(lang, key, params) }), [lang, setLang]);
  return <I18nContext.Provider value={value}>{ready ? children : null}</I18nContext.Provider>;
}

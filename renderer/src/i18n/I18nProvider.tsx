// Holds the interface language (saved in settings, defaulting to the system's) and hands out `t`; follows the
// saved setting live, so a restored backup's language applies at once.
import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
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
  // The saved choice, watched: a restore (or another window) that writes it changes the interface at once.
  // Wrapped so that "read, nothing saved" differs from "not read yet"; a storage error counts as nothing saved.
  const saved = useLiveQuery(() => readSetting(LANG_SETTING, isLang).then((value) => ({ value }), () => ({ value: undefined })), []);
  // Wait for the saved choice before the first paint, so the interface never flashes in the other language.
  const ready = saved !== undefined;

  // Adopted during render (not in an effect), so the first paint is already in the saved language.
  const [adopted, setAdopted] = useState(saved);
  if (saved !== adopted) {
    setAdopted(saved);
    if (saved?.value && saved.value !== lang) setLangState(saved.value);
  }

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

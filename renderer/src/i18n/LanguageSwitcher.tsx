// The French / English switch in the header.
import { LANGS, type Lang } from '../../../shared/i18n';
import { useI18n } from './useI18n';

export function LanguageSwitcher() {
  const { lang, setLang, t } = useI18n();
  return (
    <label className="language-switcher">
      <span>{t('lang.label')}</span>
      <select value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
        {LANGS.map((code) => (
          <option key={code} value={code} lang={code}>
            {t(`lang.${code}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

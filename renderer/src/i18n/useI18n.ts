// The current language and translator, for any component under I18nProvider.
import { useContext } from 'react';
import { I18nContext, type I18n } from './I18nProvider';

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}

// Looks a key up in the dictionary and fills `{name}` placeholders.
import { MESSAGES, type Lang, type MessageKey } from './messages';

export type MessageParams = Record<string, string | number>;

export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const template = MESSAGES[lang][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** The interface language for a BCP 47 tag such as `fr-FR`: French for French, English otherwise. */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

// The name a tag is shown under: the user's own, or the dictionary's for an unrenamed built-in tag.
import type { Tag } from '../model';
import { LANGS, type Lang } from './messages';
import { translate } from './translate';

export function tagDisplayName(tag: Pick<Tag, 'name' | 'builtin'>, lang: Lang): string {
  if (tag.name.trim() !== '') return tag.name;
  if (tag.builtin) return translate(lang, `tag.builtin.${tag.builtin}`);
  return '';
}

/** Every name a tag answers to: its own, or the built-in name in each language (for matching imports and duplicates). */
export function tagNames(tag: Pick<Tag, 'name' | 'builtin'>): string[] {
  return [...new Set(LANGS.map((lang) => tagDisplayName(tag, lang)))].filter(Boolean);
}

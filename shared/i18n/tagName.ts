// The name a tag is shown under: the user's own, or the dictionary's for an unrenamed built-in tag.
import type { Tag } from '../model';
import type { Lang } from './messages';
import { translate } from './translate';

export function tagDisplayName(tag: Pick<Tag, 'name' | 'builtin'>, lang: Lang): string {
  if (tag.name.trim() !== '') return tag.name;
  if (tag.builtin) return translate(lang, `tag.builtin.${tag.builtin}`);
  return '';
}

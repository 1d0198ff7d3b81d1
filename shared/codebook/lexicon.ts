// The offline French and English lexicon behind tag suggestions: trigger words per built-in tag, and the matcher.
import type { BuiltinTagKey, Tag } from '../model';
import { foldForMatch } from './fold';

/** Starting trigger words; a user's own list on a tag (Tag.triggers) replaces these. */
export const BUILTIN_TRIGGERS: Record<BuiltinTagKey, readonly string[]> = {
  cloudActRisk: ['Cloud Act', 'FISA', 'autorités américaines', 'US authorities', 'American authorities', 'extraterritorial', 'extraterritoriale', 'droit américain', 'section 702'],
  lackOfEuropeanAlternatives: [
    'aucune solution alternative',
    'prêtes à l\'emploi',
    'aucun prestataire établi',
    'alternative européenne',
    'no alternative',
    'European alternative',
    'ready-to-use',
  ],
  threeYearLimit: ['trois ans', 'durée de l\'autorisation', 'three years', 'three-year', 'duration of the authorisation'],
  pseudonymisation: ['pseudonymisation', 'pseudonymisées', 'pseudonymisé', 'pseudonymised', 'pseudonymized', 'réidentification', 're-identification'],
  hdsCertification: ['certification HDS', 'hébergeur de données de santé', 'HDS', 'health data hosting'],
  publicInterest: ['intérêt public', 'intérêt général', 'public interest', 'recherche', 'research'],
  urgency: ['urgence', 'urgent', 'urgency', 'L. 521-1', 'L. 521-2', 'référé'],
  sovereignty: ['souveraineté', 'sovereignty', 'sovereign', 'souverain'],
  securitySafeguards: ['garanties', 'chiffrement', 'sécurité', 'safeguards', 'encryption', 'security measures', 'mesures de sécurité'],
};

export function tagTriggers(tag: Tag): readonly string[] {
  if (tag.triggers) return tag.triggers;
  return tag.builtin ? BUILTIN_TRIGGERS[tag.builtin] : [];
}

export interface TagMatch {
  tagId: string;
  /** The trigger words found, as the lexicon spells them. */
  words: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The tags whose trigger words occur in `text` (whole words, case and accents ignored), most matches first. */
export function matchTags(text: string, tags: readonly Tag[]): TagMatch[] {
  const folded = foldForMatch(text);
  const matches: TagMatch[] = [];
  for (const tag of tags) {
    const words = tagTriggers(tag).filter((word) => {
      const needle = foldForMatch(word).trim();
      return needle !== '' && new RegExp(`(^|[^\\p{L}\\p{N}])${escape(needle)}($|[^\\p{L}\\p{N}])`, 'u').test(folded);
    });
    if (words.length > 0) matches.push({ tagId: tag.id, words });
  }
  return matches.sort((a, b) => b.words.length - a.words.length);
}

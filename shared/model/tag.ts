// The codebook: tags with colour, shortcut, description and place in the hierarchy.

/** Built-in tags are named by the dictionary until the user renames them. */
export type BuiltinTagKey =
  | 'cloudActRisk'
  | 'lackOfEuropeanAlternatives'
  | 'threeYearLimit'
  | 'pseudonymisation'
  | 'hdsCertification'
  | 'publicInterest'
  | 'urgency'
  | 'sovereignty'
  | 'securitySafeguards';

export interface Tag {
  id: string;
  /** The user's own name; empty for a built-in tag that was never renamed. */
  name: string;
  builtin?: BuiltinTagKey;
  /** CSS colour of the highlight, `#rrggbb`. */
  color: string;
  /** A digit `1`–`9` that applies the tag in the reader. */
  shortcut?: string;
  /** The definition: what a passage must say to carry this tag. */
  description?: string;
  example?: string;
  counterExample?: string;
  /**
   * Words and phrases that suggest this tag, one per entry. Undefined means "the built-in lexicon's words"
   * for a built-in tag (none for the user's own); an array, even empty, is the user's own list.
   */
  triggers?: string[];
  parentId?: string | null;
  order: number;
}

/**
 * Highlight colours: light tints, each with a contrast ratio of at least 4.5:1 against the dark mark text
 * used in both themes (checked by tests/unit/codebook/palette.test.ts).
 */
export const TAG_PALETTE: readonly string[] = [
  '#f4a3a3', '#9fd0f5', '#f7d67a', '#b5e3a8', '#d9bff2', '#f9c49a', '#a8e6df', '#f5b8d8', '#cfd4dc', '#e3e08f', '#c6d7ff', '#f2c7b5',
];

const builtin = (id: string, key: BuiltinTagKey, index: number): Tag => ({
  id,
  name: '',
  builtin: key,
  color: TAG_PALETTE[index] ?? '#cfd4dc',
  shortcut: String(index + 1),
  parentId: null,
  order: index,
});

export const DEFAULT_TAGS: readonly Tag[] = [
  builtin('tag-cloud-act-risk', 'cloudActRisk', 0),
  builtin('tag-lack-of-european-alternatives', 'lackOfEuropeanAlternatives', 1),
  builtin('tag-three-year-limit', 'threeYearLimit', 2),
  builtin('tag-pseudonymisation', 'pseudonymisation', 3),
  builtin('tag-hds-certification', 'hdsCertification', 4),
  builtin('tag-public-interest', 'publicInterest', 5),
  builtin('tag-urgency', 'urgency', 6),
  builtin('tag-sovereignty', 'sovereignty', 7),
  builtin('tag-security-safeguards', 'securitySafeguards', 8),
];

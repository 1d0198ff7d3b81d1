// The codebook: tags with colour, shortcut and place in the hierarchy.

/** Built-in tags are named by the dictionary until the user renames them. */
export type BuiltinTagKey = 'cloudActRisk' | 'lackOfEuropeanAlternatives' | 'threeYearLimit';

export interface Tag {
  id: string;
  /** The user's own name; empty for a built-in tag that was never renamed. */
  name: string;
  builtin?: BuiltinTagKey;
  /** CSS colour of the highlight, `#rrggbb`. */
  color: string;
  /** A digit `1`–`9` that applies the tag in the reader. */
  shortcut?: string;
  description?: string;
  parentId?: string | null;
  order: number;
}

export const DEFAULT_TAGS: readonly Tag[] = [
  { id: 'tag-cloud-act-risk', name: '', builtin: 'cloudActRisk', color: '#f4a3a3', shortcut: '1', parentId: null, order: 0 },
  {
    id: 'tag-lack-of-european-alternatives',
    name: '',
    builtin: 'lackOfEuropeanAlternatives',
    color: '#9fd0f5',
    shortcut: '2',
    parentId: null,
    order: 1,
  },
  { id: 'tag-three-year-limit', name: '', builtin: 'threeYearLimit', color: '#f7d67a', shortcut: '3', parentId: null, order: 2 },
];

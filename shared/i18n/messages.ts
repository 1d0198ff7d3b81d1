// Every user-facing string, in English and French, assembled from one file per feature in messages/.
// A feature adds its file to FEATURES; the English table fixes the keys, and French must match it exactly.
import { appMessages } from './messages/app';
import { documentDetailsMessages } from './messages/documentDetails';
import { desktopMessages } from './messages/desktop';
import { codebookMessages } from './messages/codebook';
import { compareMessages } from './messages/compare';
import { passageMessages } from './messages/passages';
import { taggingMessages } from './messages/tagging';
import { exportMessages } from './messages/export';
import { importsMessages } from './messages/imports';
import { libraryMessages } from './messages/library';
import { libraryOrganiseMessages } from './messages/libraryOrganise';
import { menuMessages } from './messages/menu';
import { readerMessages } from './messages/reader';
import { scanMessages } from './messages/scan';
import { settingsMessages } from './messages/settings';
import { searchMessages } from './messages/search';

export type Lang = 'en' | 'fr';
export const LANGS: readonly Lang[] = ['fr', 'en'];

const FEATURES = [
  appMessages,
  libraryMessages,
  libraryOrganiseMessages,
  readerMessages,
  exportMessages,
  menuMessages,
  importsMessages,
  documentDetailsMessages,
  desktopMessages,
  scanMessages,
  codebookMessages,
  passageMessages,
  taggingMessages,
  settingsMessages,
  compareMessages,
  searchMessages,
] as const;
type Feature = (typeof FEATURES)[number];
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type English = UnionToIntersection<Feature['en']>;

export type MessageKey = keyof English & string;
export const en = Object.assign({}, ...FEATURES.map((f) => f.en)) as English;
export const fr = Object.assign({}, ...FEATURES.map((f) => f.fr)) as Record<MessageKey, string>;

export const MESSAGES: Record<Lang, Record<MessageKey, string>> = { en, fr };

/** Keys defined by two features would silently shadow each other; the dictionary test compares this count. */
export const FEATURE_KEY_COUNT = FEATURES.reduce((sum, feature) => sum + Object.keys(feature.en).length, 0);

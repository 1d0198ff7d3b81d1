// Folds text for lexicon matching: no case, no accents, one kind of apostrophe. Keeps length-independent semantics only.
export function foldForMatch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’ʼ‘`]/g, '\'')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

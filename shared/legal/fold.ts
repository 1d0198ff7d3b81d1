// Folds text for matching legal phrases: `Conseil d’État` and `CONSEIL D'ETAT` both read `conseil d'etat`.

const cache = new Map<string, string>();

/**
 * Lower case, no diacritics, every apostrophe `'`, every space ` `. The result has exactly the
 * length of the input (one UTF-16 unit for one), so a match's index points into the original
 * text too, and what was found can be quoted as printed.
 */
export function fold(text: string): string {
  // Only controls, the backtick and non-ASCII characters need a look-up (per code point, so
  // astral characters arrive whole); lower-casing the rest keeps the length.
  return text.replace(/[^\x20-\x5F\x61-\x7E]/gu, foldChar).toLowerCase();
}

function foldChar(char: string): string {
  // Astral characters (two UTF-16 units) are kept whole to preserve the length.
  if (char.length !== 1) return char;
  const cached = cache.get(char);
  if (cached !== undefined) return cached;
  let folded: string;
  if (/['’‘ʼ′`´]/u.test(char)) folded = "'";
  else if (/\s/u.test(char)) folded = ' ';
  else {
    const base = char.normalize('NFD').charAt(0);
    const lower = base.toLowerCase();
    // A few letters lower-case to two units (`İ`); keeping the base keeps the length.
    folded = lower.length === 1 ? lower : base;
  }
  cache.set(char, folded);
  return folded;
}

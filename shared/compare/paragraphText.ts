// What of a paragraph is compared: its text without the legal number in front, whitespace and apostrophes made uniform.

/** `7. `, `12) `, `3° `, `1°) ` at the start of a paragraph: the printed legal number, not its content. */
const LEADING_NUMBER = /^\s*(\d{1,4})(?:\s*[.)]|°\)?)\s+/u;

export interface SplitParagraph {
  /** The number as printed, with its punctuation and the space after it (`"7. "`), or `""`. */
  prefix: string;
  /** The legal number (`"7"`): the import's, else the one printed in front. */
  number: string | undefined;
  /** The text after the number, as printed. */
  body: string;
}

export function splitNumber(text: string, number?: string): SplitParagraph {
  const match = LEADING_NUMBER.exec(text);
  if (!match) return { prefix: '', number, body: text };
  return { prefix: match[0], number: number ?? match[1], body: text.slice(match[0].length) };
}

/**
 * The key two paragraphs must share to count as identical (block text is NFC already, from the import). Typographic and straight apostrophes,
 * non-breaking and ordinary spaces differ between a PDF and a DOCX of the same decision without
 * the decision differing, so they are made uniform; letters, case and punctuation are kept.
 */
export function comparisonKey(body: string): string {
  // Tested before replacing: most paragraphs need neither, and a replace copies the string.
  let key = /[\u2019\u02bc]/.test(body) ? body.replace(/[\u2019\u02bc]/g, "'") : body;
  if (/[\t\n\v\f\r\u00a0\u202f\u2000-\u200a\u2028\u2029\u3000]| {2}/.test(key)) key = key.replace(/[\s\u00a0\u202f]+/g, ' ');
  return key.trim();
}

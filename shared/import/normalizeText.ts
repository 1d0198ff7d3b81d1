// Canonical form of a block's text: NFC, one plain space between words, no invisible characters.

// Soft hyphens and zero-width characters are invisible in print but would break search and
// quote anchoring (a passage copied from the reader would not match the stored text).
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

// Every Unicode space (tabs, line breaks, NBSP U+00A0, narrow NBSP U+202F, …) becomes one U+0020,
// so that what a user types in search, and the quotes exported with a passage, match the text.
const SPACES = /[\s\u0085\u180E]+/g;

/** Returns the canonical text of a block; the legal pass and anchoring rely on this form. */
export function normalizeBlockText(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

/** True when the text has something a reader can see (not only spaces and invisible characters). */
export function hasVisibleText(text: string): boolean {
  return normalizeBlockText(text) !== '';
}

// A rule drawn with characters (`------`, `* * *`, `______`) separates; it is not text.
const RULE_ONLY = /^[\s\-_=*~.·•–—]{3,}$/u;

/** True for a line that only draws a rule; importers drop it, whatever the format. */
export function isRuleOnly(text: string): boolean {
  return RULE_ONLY.test(text);
}

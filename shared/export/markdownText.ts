// Escapes text for Markdown only where a character would change the meaning, so French stays readable.

const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/;

/**
 * Inline: code spans, emphasis, raw HTML and entities. An underscore inside a word is not
 * emphasis in CommonMark, so references such as `CETATEXT_000` are left alone.
 */
export function escapeInline(text: string): string {
  return text
    .replace(/[\\`*<]/g, '\\$&')
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
    .replace(/&(?=#?\w+;)/g, '\\&');
}

/**
 * What makes a line open a block. `*` and backtick fences are already escaped inline;
 * `---` and `===` would turn the line above into a heading.
 */
const BLOCK_OPENERS: readonly RegExp[] = [
  /^#{1,6}(?:\s|$)/,
  /^[-+](?:\s|$)/,
  /^>/,
  /^~~~/,
  /^(?:-+|=+)\s*$/,
  /^\[[^\]]*\]:/,
];

/**
 * Escapes a line that would otherwise become a heading, list item, quote, fence or link
 * definition. Points of a ruling start with `7. `, so an ordered list is the common case.
 */
export function escapeLineStart(line: string): string {
  if (BLOCK_OPENERS.some((opener) => opener.test(line))) return `\\${line}`;
  return line.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** A text as Markdown lines: each trimmed, since leading spaces would make a code block. */
export function markdownLines(text: string): string[] {
  return text.split(LINE_BREAK).map((line) => escapeLineStart(escapeInline(line.trim())));
}

/** A passage as a block quote; its paragraphs stay separate paragraphs of the quote. */
export function blockQuote(text: string): string {
  const paragraphs = markdownLines(text).filter((line) => line !== '');
  if (paragraphs.length === 0) return '>';
  return paragraphs.map((line) => `> ${line}`).join('\n>\n');
}

// Reads the YAML front matter of a Markdown file (`title:`, `author:`, `date:`, `lang:`) and cuts it off.
import type { DraftMeta } from '../model';
import { toIsoDate } from '../legal/frenchDates';

export interface FrontMatter {
  meta: DraftMeta;
  /** The Markdown after the front matter. */
  body: string;
}

// Only at the very start of the file, between two `---` lines (`...` may close it, as in Pandoc).
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/**
 * Without this, Markdown would read `title: …` followed by `---` as a heading. Only flat
 * `key: value` lines are understood; a full YAML parser is not worth a dependency here.
 */
export function splitFrontMatter(markdown: string): FrontMatter {
  const match = FRONT_MATTER.exec(markdown);
  if (!match) return { meta: {}, body: markdown };
  const fields = new Map<string, string>();
  for (const line of (match[1] ?? '').split(/\r?\n/)) {
    const field = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (field?.[1] && field[2]) fields.set(field[1].toLowerCase(), unquote(field[2].trim()));
  }
  const meta: DraftMeta = {};
  const title = fields.get('title');
  if (title) meta.title = title;
  const author = fields.get('author');
  if (author) meta.author = author;
  const date = toIsoDate(fields.get('date') ?? '');
  if (date) meta.date = date;
  const language = fields.get('lang') ?? fields.get('language');
  if (language) meta.language = language.toLowerCase();
  return { meta, body: markdown.slice(match[0].length) };
}

function unquote(value: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(value);
  return quoted?.[2] ?? value;
}

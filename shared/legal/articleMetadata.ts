// Reads an article's byline and date from the first lines of its text, when no markup gave them.
import type { DraftBlock, DraftMeta } from '../model';
import { findFirstDate } from './frenchDates';

/** How far down an article prints its byline and date. */
const HEAD_BLOCKS = 6;

// `Par Claire Fontaine`, `By Jane Doe`, `Par Me Jean-Luc Martin, avocat au barreau de Paris`:
// up to four capitalised words (initials allowed), then an optional comma and a title.
const BYLINE = /^(?:[Pp]ar|[Bb]y)\s+((?:(?:Me|Pr|Dr|M\.|Mme)\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:de\s+|d'|du\s+)?\p{Lu}[\p{L}'’.-]*){0,3})(?:\s*[,–-].{0,80})?$/u;
// `Publié le 2 mai 2025`, `2 mai 2025`, `Mis à jour le 3 mai 2025`: a short line that dates the article.
const DATE_LINE_MAX = 60;

/** Author and date from the head of an article's text; the importer's own metadata wins over these. */
export function detectArticleMetadata(blocks: readonly DraftBlock[]): DraftMeta {
  const meta: DraftMeta = {};
  for (const block of blocks.slice(0, HEAD_BLOCKS)) {
    const author = meta.author ? undefined : BYLINE.exec(block.text)?.[1];
    if (author) {
      meta.author = author;
      // A byline often carries the date too: `Par Claire Fontaine, le 2 mai 2025`.
      const date = findFirstDate(block.text);
      if (date && !meta.date) meta.date = date;
      continue;
    }
    if (!meta.date && block.text.length <= DATE_LINE_MAX) {
      const date = findFirstDate(block.text);
      if (date) meta.date = date;
    }
  }
  return meta;
}

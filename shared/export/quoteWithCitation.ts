// Copy with citation: a selected passage as a quotation followed by its pinpoint citation, in plain text and HTML.
import type { Lang } from '../i18n';
import { formatPinpointCitation } from '../legal/citation';
import type { Block, GloseDocument } from '../model';
import { paragraphNumbers } from './paragraphNumber';

export interface QuoteWithCitation {
  text: string;
  html: string;
  citation: string;
}

/** French briefs quote with guillemets and non-breaking spaces; English ones with curly quotes. */
const QUOTES: Record<Lang, readonly [string, string]> = { fr: ['«\u00a0', '\u00a0»'], en: ['“', '”'] };

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * `« quote » (CE, juge des référés, 25 avril 2025, n° 503163, pt 5)`. The pinpoint is the paragraph
 * where the selection starts, as for a tagged passage; line breaks inside the selection become spaces,
 * because a quotation in a brief runs on.
 */
export function quoteWithCitation(
  document: GloseDocument,
  blocks: readonly Block[],
  selection: { text: string; startBlockId: string },
  lang: Lang,
): QuoteWithCitation {
  const quote = selection.text.replace(/\s+/g, ' ').trim();
  const citation = formatPinpointCitation(document, paragraphNumbers(blocks).get(selection.startBlockId), lang);
  const [open, close] = QUOTES[lang];
  return {
    text: `${open}${quote}${close} (${citation})`,
    html: `<p>${escapeHtml(open)}${escapeHtml(quote)}${escapeHtml(close)} (<cite>${escapeHtml(citation)}</cite>)</p>`,
    citation,
  };
}

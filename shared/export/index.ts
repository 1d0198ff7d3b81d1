// Exporters (DESIGN.md §7) in one import.
export { exportArgumentListMarkdown, type ArgumentListInput } from './markdown';
export { groupPassagesByTag, readingOrder, type TagGroup } from './groupByTag';
export { paragraphNumbers, passageParagraph } from './paragraphNumber';
export { blockQuote, escapeInline, escapeLineStart, markdownLines } from './markdownText';
export { quoteWithCitation, type QuoteWithCitation } from './quoteWithCitation';

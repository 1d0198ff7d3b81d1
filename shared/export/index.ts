// Exporters (DESIGN.md §7) in one import.
export { exportArgumentListMarkdown, type ArgumentListInput } from './markdown';
export { groupPassagesByTag, readingOrder, type TagGroup } from './groupByTag';
export { paragraphNumbers, passageParagraph } from './paragraphNumber';
export { blockQuote, escapeInline, escapeLineStart, markdownLines } from './markdownText';
export { quoteWithCitation, type QuoteWithCitation } from './quoteWithCitation';
export { buildArgumentList, codebookOrder, ROLE_ORDER, type ArgumentList, type ExportEntry, type ExportGroup, type ExportLibrary } from './argumentList';
export { expandTags, libraryCourts, selectPassages, type Selection } from './select';
export { EXPORT_FORMATS, EXPORT_GROUPINGS, NO_FILTERS, type ExportFilters, type ExportFormat, type ExportGrouping, type ExportOptions, type ExportScope } from './scope';
export { exportArgumentList, FORMAT_FILES, type ExportedFile } from './exportArgumentList';
export { exportMarkdown } from './markdownList';
export { escapeFormula, exportCsv } from './csv';
export { escapeHtml, exportHtml, exportHtmlBody, EXPORT_CSS } from './html';
export { exportDocx } from './docx';
export { exportJsonLd } from './jsonld';
export { exportQdpx, qdpxProjectXml, QDPX_NAMESPACE } from './qdpx';

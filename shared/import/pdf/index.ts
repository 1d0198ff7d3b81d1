// PDF import: pdf.js text layers (or OCR) → positioned text → reading order → paragraphs.
export { importPdf, type PdfImportEnvironment } from './importPdf';
export { openPdf, pdfError, MAX_PASSWORD_ATTEMPTS, type PdfHost } from './openPdf';
export { layoutDocument } from './layoutDocument';
export { textRunsOfPage, segmentsOfRuns, type PdfTextItem, type TextRun } from './pageRuns';
export { orderPage, documentFrame, type TextFrame } from './readingOrder';
export { removePageFurniture, isPageNumber } from './furniture';
export { linesToBlocks } from './paragraphs';
export { appendLine, vocabularyOf } from './hyphenation';
export type { Line, PageSegments, Segment } from './layoutTypes';

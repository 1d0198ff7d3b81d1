// The import pipeline in one import: file bytes → ImportedDocument → library records.
export { ImportError, isImportError, type ImportErrorCode } from './errors';
export { importSource, type SourceEnvironment, type SourceFile } from './importSource';
export type { ImportHooks, ImportProgress, PasswordRequest } from './hooks';
export { buildLibraryRecords, countWords, sha256Hex, titleFromFileName, type LibraryRecordOptions } from './buildLibraryRecords';
export { detectFormat, fileExtension } from './detectFormat';
export { decodeText, decodeWindows1252, type DecodedText, type TextEncodingName } from './decodeText';
export { importText, textToBlocks } from './text';
export { importMarkdown, markdownToBlocks } from './markdown';
export { importHtml, defaultContentExtractor, type ContentExtractor, type DomWindow, type ImportEnvironment } from './html';
export { normalizeBlockText } from './normalizeText';
export { importDocx } from './docx';
export { importOdt, odtToBlocks } from './odt';
export { readabilityExtractor } from './readability';
export { pastedTextFile } from './paste';
export { checkZipArchive, readZipDirectory, MAX_UNCOMPRESSED_BYTES, MAX_RATIO, type ZipEntryInfo } from './zipGuard';
export { findSameDocument, type SameDocument, type SameDocumentReason } from './matchExisting';

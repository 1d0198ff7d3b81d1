// Decides which importer reads a file: by extension first, by content when the extension says nothing.
import type { SourceFormat } from '../model';
import { sniffImageType } from './image/sniffImage';
import { hasBinaryMagicNumber, looksBinary, looksLikeHtml } from './sniffBytes';

const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

const BY_EXTENSION: Readonly<Record<string, SourceFormat>> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  docx: 'docx',
  odt: 'odt',
  pdf: 'pdf',
  png: 'image',
  jpg: 'image',
  jpeg: 'image',
  tif: 'image',
  tiff: 'image',
};

/**
 * Formats users will try that Glose cannot read yet.
 * They are refused by extension, whatever their content, so the message says "unsupported".
 */
const NOT_YET_SUPPORTED = new Set([
  'doc', 'rtf', 'pages', 'epub', 'xls', 'xlsx', 'ods', 'ppt', 'pptx', 'odp',
  'gif', 'webp', 'bmp', 'heic', 'svg',
  'zip', '7z', 'rar', 'gz', 'tar', 'msg', 'eml',
]);

/** The lower-case extension of a file name, without the dot; '' when there is none. */
export function fileExtension(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** The importer for a file, or null when Glose cannot import it (yet). */
export function detectFormat(name: string, bytes: Uint8Array): SourceFormat | null {
  const extension = fileExtension(name);
  const known = BY_EXTENSION[extension];
  if (known) return known;
  if (NOT_YET_SUPPORTED.has(extension)) return null;
  // A PDF or a scan saved without an extension is recognised by its signature.
  if (extension === '' && startsWith(bytes, PDF_SIGNATURE)) return 'pdf';
  if (extension === '' && sniffImageType(bytes)) return 'image';
  if (hasBinaryMagicNumber(bytes)) return null;
  if (looksLikeHtml(bytes)) return 'html';
  // A file without an extension (`decision`, `README`) is read as text when it looks like
  // text; an unknown extension (`.json`, `.csv`, `.xml`) is not guessed at.
  if (extension === '' && bytes.length > 0 && !looksBinary(bytes)) return 'text';
  return null;
}

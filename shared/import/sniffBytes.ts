// Looks at a file's first bytes: magic numbers of binary formats, binary noise, HTML markup.

/** How many leading bytes the sniffers look at; enough to judge, cheap on a 50 MiB file. */
const SNIFF_BYTES = 64 * 1024;

// Signatures of the formats users most often rename or mistake for text (a PDF saved as
// `.txt`, a Word file without its extension, a scan). Matched at offset 0.
const MAGIC_NUMBERS: readonly (readonly number[])[] = [
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x50, 0x4b, 0x03, 0x04], // PK\x03\x04: zip, hence DOCX, ODT, EPUB, XLSX
  [0x50, 0x4b, 0x05, 0x06], // empty zip
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], // OLE2: .doc, .xls, .msg
  [0x89, 0x50, 0x4e, 0x47], // \x89PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x49, 0x49, 0x2a, 0x00], // TIFF, little-endian
  [0x4d, 0x4d, 0x00, 0x2a], // TIFF, big-endian
  [0x1f, 0x8b], // gzip
  [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], // 7z
  [0x52, 0x61, 0x72, 0x21], // Rar!
];

export function hasBinaryMagicNumber(bytes: Uint8Array): boolean {
  return MAGIC_NUMBERS.some((magic) => magic.length <= bytes.length && magic.every((byte, i) => bytes[i] === byte));
}

/** The byte order of UTF-16 text, from its BOM or, without one, from where its NUL bytes fall. */
export function detectUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  // Without a BOM, Latin-script UTF-16 has a NUL in nearly every high byte and almost none
  // in the low bytes; binary files have NULs scattered on both sides.
  const length = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (length < 4) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  const pairs = length / 2;
  if (oddNuls > pairs * 0.6 && evenNuls < pairs * 0.05) return 'utf-16le';
  if (evenNuls > pairs * 0.6 && oddNuls < pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * True for content that is not text: a known binary signature, NUL bytes (outside UTF-16),
 * or a share of control characters no text file has.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (hasBinaryMagicNumber(bytes)) return true;
  if (detectUtf16(bytes)) return false;
  const length = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < length; i++) {
    const byte = bytes[i] ?? 0;
    if (byte === 0) return true;
    // Tab, line feed, form feed (a page break in old text exports), carriage return and
    // escape are legitimate in text files; other C0 controls are not.
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) controls++;
  }
  // A few stray controls happen in real exports; binary data has them in ~10 % of bytes.
  return length > 0 && controls / length > 0.02;
}

/** True when the bytes start (after a BOM and blank space) with an HTML document's opening. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = asciiHead(bytes, 1024).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  return (
    head.startsWith('<!doctype html') ||
    head.startsWith('<html') ||
    // XHTML saved by some tools starts with an XML declaration or a comment.
    (/^(?:<\?xml[^>]*>\s*|<!--[\s\S]*?-->\s*)+(?:<!doctype html|<html)/.test(head))
  );
}

/** The first bytes as Latin-1 characters: enough to recognise ASCII markup in any ASCII-compatible encoding. */
function asciiHead(bytes: Uint8Array, count: number): string {
  const utf16 = detectUtf16(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes.subarray(0, count * 2));
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, count); i++) head += String.fromCharCode(bytes[i] ?? 0);
  // Drop a UTF-8 BOM read as Latin-1.
  return head.replace(/^\u00EF\u00BB\u00BF/, '');
}

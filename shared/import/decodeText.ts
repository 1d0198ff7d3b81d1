// Turns a text file's bytes into a string: BOM first, then strict UTF-8, then Windows-1252.
import { detectUtf16 } from './sniffBytes';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  /** The encoding that was used, for diagnostics and tests. */
  encoding: TextEncodingName;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    // A UTF-8 BOM is a promise, not proof: decode leniently rather than fall back to
    // Windows-1252 and turn every accented letter into two wrong ones.
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  const utf16 = detectUtf16(bytes);
  if (utf16) {
    const hasBom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    return { text: new TextDecoder(utf16, { ignoreBOM: true }).decode(bytes.subarray(hasBom ? 2 : 0)), encoding: utf16 };
  }
  try {
    // `fatal` makes invalid UTF-8 throw instead of yielding U+FFFD, which is how we tell a
    // Latin-1 / Windows-1252 file (older French court exports, Word "Text only") from UTF-8.
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

// Bytes 0x80–0x9F of Windows-1252 (WHATWG Encoding Standard); the rest is ISO-8859-1. The five
// unassigned bytes map to the C1 control of the same value, as browsers do.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Windows-1252 is ISO-8859-1 plus curly quotes, œ, € and dashes in 0x80–0x9F: what older French
 * court exports and Word "text only" files use. Decoded by hand because Node's TextDecoder
 * (20.18.3+, 22.13+) decodes that range as Latin-1 control characters (nodejs/node#60888),
 * which would silently drop every apostrophe of a French text in tests.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const CHUNK = 8192;
  let text = '';
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const units = Array.from(bytes.subarray(start, start + CHUNK), (byte) =>
      byte >= 0x80 && byte <= 0x9f ? (CP1252_HIGH[byte - 0x80] ?? byte) : byte,
    );
    text += String.fromCharCode(...units);
  }
  return text;
}

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
    // Windows-1252 is a superset of ISO-8859-1 for printable text (and the WHATWG decoder for
    // `latin1`), and it has the curly apostrophe, œ and € that French texts use.
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

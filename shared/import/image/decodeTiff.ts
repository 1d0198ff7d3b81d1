// TIFF → RGBA pages with UTIF (uncompressed, LZW, Deflate, PackBits, JPEG and CCITT G3/G4 fax scans).
import * as UTIF from 'utif2';

export interface RgbaPage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Every page of a (multi-page) TIFF, decoded to 8-bit RGBA. Throws on a damaged file. */
export function decodeTiff(bytes: Uint8Array): RgbaPage[] {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const directories = UTIF.decode(buffer);
  const pages: RgbaPage[] = [];
  for (const ifd of directories) {
    // Thumbnails and EXIF directories have no image of their own.
    if (!ifd['t256'] || !ifd['t257']) continue;
    UTIF.decodeImage(buffer, ifd);
    if (!ifd.width || !ifd.height) continue;
    pages.push({ width: ifd.width, height: ifd.height, data: UTIF.toRGBA8(ifd) });
  }
  return pages;
}

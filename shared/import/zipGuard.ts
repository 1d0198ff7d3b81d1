// Reads a zip's central directory and refuses archives that would inflate to absurd sizes, before anything is inflated.
import { ImportError } from './errors';

/** No real DOCX or ODT holds more than this once inflated (a 300-page ruling is a few MB of XML). */
export const MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;
/**
 * Office XML compresses about 5–20:1; past this ratio the archive is built to explode. Checked
 * only past MIN_RATIO_BYTES, since a few highly repetitive kilobytes are harmless at any ratio.
 */
export const MAX_RATIO = 100;
const MIN_RATIO_BYTES = 10 * 1024 * 1024;
/** More entries than any document has: each costs memory even when empty. */
const MAX_ENTRIES = 10_000;

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const ZIP64_MARKER = 0xffffffff;

export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

/**
 * Lists the entries a zip declares in its central directory, or throws `corrupt` when the
 * directory is missing or runs past the end of the file (a truncated download). ZIP64
 * archives (over 4 GB) are refused as `zipBomb`: no document needs one.
 */
export function readZipDirectory(bytes: Uint8Array, fileName: string): ZipEntryInfo[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is the last 22 bytes, plus a comment of up to 65,535 bytes.
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new ImportError('corrupt', fileName, 'no zip end record');
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (offset === ZIP64_MARKER || count === 0xffff) throw new ImportError('zipBomb', fileName, 'zip64');
  if (count > MAX_ENTRIES) throw new ImportError('zipBomb', fileName, `${count} entries`);
  if (offset + size > eocd) throw new ImportError('corrupt', fileName, 'central directory out of bounds');

  const entries: ZipEntryInfo[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL_SIGNATURE) throw new ImportError('corrupt', fileName, 'bad central entry');
    const compressedSize = view.getUint32(at + 20, true);
    const uncompressedSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    if (compressedSize === ZIP64_MARKER || uncompressedSize === ZIP64_MARKER) throw new ImportError('zipBomb', fileName, 'zip64 entry');
    // An entry whose data lies past the directory is cut off: the file was truncated.
    if (localOffset + compressedSize > offset) throw new ImportError('corrupt', fileName, 'entry out of bounds');
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({ name, compressedSize, uncompressedSize });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Throws `zipBomb` when the sizes the archive declares add up to more than a document can be,
 * and `corrupt` when it is no readable zip. Runs on the bytes only: nothing is inflated. The
 * inflating code (jszip) also stops at the declared sizes' total (see readZipText), so an
 * archive that lies about them cannot go further than this limit either.
 */
export function checkZipArchive(bytes: Uint8Array, fileName: string): ZipEntryInfo[] {
  const entries = readZipDirectory(bytes, fileName);
  let compressed = 0;
  let uncompressed = 0;
  for (const entry of entries) {
    compressed += entry.compressedSize;
    uncompressed += entry.uncompressedSize;
  }
  if (uncompressed > MAX_UNCOMPRESSED_BYTES) throw new ImportError('zipBomb', fileName, `${uncompressed} bytes declared`);
  if (uncompressed > MIN_RATIO_BYTES && uncompressed > Math.max(1, compressed) * MAX_RATIO) {
    throw new ImportError('zipBomb', fileName, `ratio ${Math.round(uncompressed / Math.max(1, compressed))}:1`);
  }
  return entries;
}

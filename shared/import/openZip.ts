// Opens a DOCX or ODT archive safely: directory checked first, then every entry inflated under a hard cap.
import JSZip from 'jszip';
import { ImportError, isImportError } from './errors';
import { checkZipArchive, MAX_UNCOMPRESSED_BYTES } from './zipGuard';

/**
 * The archive, once it is known to be a readable zip whose content, inflated, stays within the
 * sizes it declares and within MAX_UNCOMPRESSED_BYTES. jszip only compares the inflated size
 * with the declared one after inflating it all, so an archive that lies about its sizes (a
 * crafted bomb) is inflated here as a stream, counted chunk by chunk, and stopped at the cap.
 */
export async function openCheckedZip(bytes: Uint8Array, fileName: string): Promise<JSZip> {
  const declared = checkZipArchive(bytes, fileName);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch (error) {
    throw new ImportError('corrupt', fileName, error instanceof Error ? error.message : String(error));
  }
  const declaredSize = new Map(declared.map((entry) => [entry.name, entry.uncompressedSize]));
  let total = 0;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const limit = declaredSize.get(entry.name) ?? 0;
    total += await inflatedSize(entry, fileName, limit, MAX_UNCOMPRESSED_BYTES - total);
  }
  return zip;
}

/** How far past its declared size an entry may inflate before it is taken for a bomb rather than damage. */
const LIE_MARGIN = 10 * 1024 * 1024;

interface StreamingEntry {
  internalStream(type: 'uint8array'): JSZip.JSZipStreamHelper<Uint8Array>;
}

/** Inflates one entry as a stream and returns its size; stops as soon as it passes either limit. */
function inflatedSize(entry: JSZip.JSZipObject, fileName: string, declared: number, remaining: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let size = 0;
    let done = false;
    // internalStream is jszip's public streaming API, missing from its type definitions.
    const stream = (entry as unknown as StreamingEntry).internalStream('uint8array');
    const fail = (error: ImportError): void => {
      if (done) return;
      done = true;
      stream.pause();
      reject(error);
    };
    stream
      .on('data', (chunk: Uint8Array) => {
        size += chunk.length;
        // A damaged entry may inflate a little past its declared size (then jszip reports the
        // mismatch at the end: corrupt); one that goes far past it was built to explode.
        if (size > declared + LIE_MARGIN) fail(new ImportError('zipBomb', fileName, `${entry.name} inflates past its declared size`));
        else if (size > remaining) fail(new ImportError('zipBomb', fileName, 'archive inflates past the limit'));
      })
      .on('error', (error: Error) => fail(isImportError(error) ? error : new ImportError('corrupt', fileName, error.message)))
      .on('end', () => {
        if (done) return;
        done = true;
        resolve(size);
      })
      .resume();
  });
}

/** The text of an entry, or undefined when the archive has none by that name. */
export async function readZipText(zip: JSZip, path: string, fileName: string): Promise<string | undefined> {
  const entry = zip.file(path);
  if (!entry) return undefined;
  try {
    return await entry.async('string');
  } catch (error) {
    throw new ImportError('corrupt', fileName, error instanceof Error ? error.message : String(error));
  }
}

// A scanned page as an image (PNG, JPEG, TIFF) → ImportedDocument, through the host's OCR engine.
import type { ImportedDocument } from '../../model';
import { ImportError } from '../errors';
import type { ImportHooks } from '../hooks';
import { recognizePages } from '../ocr/recognizePages';
import type { OcrEngine, OcrImage } from '../ocr/types';
import { layoutDocument } from '../pdf/layoutDocument';
import { decodeTiff } from './decodeTiff';
import { sniffImageType } from './sniffImage';

export interface ImageImportEnvironment extends ImportHooks {
  ocr?: OcrEngine;
}

/** The page images of an image file: one for PNG and JPEG, one per page for a TIFF. */
export function imagePages(bytes: Uint8Array, fileName: string): OcrImage[] {
  const type = sniffImageType(bytes);
  if (type === 'png') return [{ kind: 'encoded', bytes, mimeType: 'image/png' }];
  if (type === 'jpeg') return [{ kind: 'encoded', bytes, mimeType: 'image/jpeg' }];
  if (type === 'tiff') {
    let pages;
    try {
      pages = decodeTiff(bytes);
    } catch (error) {
      throw new ImportError('corrupt', fileName, error instanceof Error ? error.message : String(error));
    }
    if (pages.length === 0) throw new ImportError('corrupt', fileName, 'no image in the TIFF');
    return pages.map((page) => ({ kind: 'rgba', ...page }));
  }
  // A `.png` that is not a PNG (a renamed file, a truncated download).
  throw new ImportError('corrupt', fileName, 'not a PNG, JPEG or TIFF image');
}

export async function importImage(bytes: Uint8Array, fileName: string, env: ImageImportEnvironment): Promise<ImportedDocument> {
  const images = imagePages(bytes, fileName);
  if (!env.ocr) throw new ImportError('unsupported', fileName, 'no OCR engine in this host');
  const pages = await recognizePages(
    images.map((image) => () => image),
    fileName,
    env.ocr,
    env,
  );
  return { meta: {}, blocks: layoutDocument(pages), sourceFormat: 'image' };
}

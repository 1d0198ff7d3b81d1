// Runs OCR over a list of page images one after the other, with overall progress and cancellation.
import { ImportError } from '../errors';
import type { ImportHooks } from '../hooks';
import type { PageSegments } from '../pdf/layoutTypes';
import { ocrPageSegments } from './ocrSegments';
import { OcrImageError, type OcrEngine, type OcrImage } from './types';

/**
 * Recognises each page in turn (one engine, pages in order: OCR is memory-hungry and the
 * pages are wanted in order anyway). `images` are thunks so a page is rendered only when its
 * turn comes. `pageNumbers[i]` is the document page of `images[i]`.
 */
export async function recognizePages(
  images: ReadonlyArray<() => Promise<OcrImage> | OcrImage>,
  fileName: string,
  engine: OcrEngine,
  hooks: ImportHooks,
  pageNumbers: readonly number[] = images.map((_, i) => i + 1),
): Promise<PageSegments[]> {
  const total = images.length;
  const pages: PageSegments[] = [];
  for (let i = 0; i < total; i++) {
    if (hooks.signal?.aborted) throw new ImportError('cancelled', fileName);
    const report = (fraction: number) =>
      hooks.onProgress?.({ stage: 'ocr', page: i + 1, pages: total, fraction: (i + Math.min(1, Math.max(0, fraction))) / total });
    report(0);
    let image: OcrImage;
    try {
      image = await (images[i] as () => Promise<OcrImage> | OcrImage)();
    } catch (error) {
      if (hooks.signal?.aborted) throw new ImportError('cancelled', fileName);
      throw error;
    }
    const options = hooks.signal ? { signal: hooks.signal, onProgress: report } : { onProgress: report };
    let recognised;
    try {
      recognised = await engine.recognize(image, options);
    } catch (error) {
      if (hooks.signal?.aborted) throw new ImportError('cancelled', fileName);
      if (error instanceof OcrImageError) throw new ImportError('corrupt', fileName, error.message);
      throw error;
    }
    if (hooks.signal?.aborted) throw new ImportError('cancelled', fileName);
    pages.push(ocrPageSegments(recognised, pageNumbers[i] ?? i + 1));
    report(1);
  }
  return pages;
}

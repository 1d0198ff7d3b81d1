// The OCR engine of the renderer: tesseract.js in a worker, with its core and French and English models served by the app.
import type { OcrEngine, OcrLine, OcrPage } from '../../../../shared/import/ocr';
import { guessLanguage } from '../../../../shared/legal/language';
import { vendorUrl } from '../vendor';
import { pageCanvas } from './pageCanvas';

type Tesseract = typeof import('tesseract.js');
type TesseractWorker = Awaited<ReturnType<Tesseract['createWorker']>>;
type TesseractPage = Awaited<ReturnType<TesseractWorker['recognize']>>['data'];

/**
 * The first page is read with both models (French first: it decides ties). Once it shows the
 * document's language, later pages use that model alone, which halves the time per page
 * (`npm run bench`: about 5 s against 2.3 s for a dense page on two cores).
 */
const LANGUAGES = 'fra+eng';
const MODEL: Readonly<Record<'fr' | 'en', string>> = { fr: 'fra', en: 'eng' };

export interface DisposableOcrEngine extends OcrEngine {
  /** Ends the worker; the next `recognize` starts a new one. */
  dispose(): Promise<void>;
}

class Cancelled extends Error {
  override readonly name = 'AbortError';
}

/**
 * One engine per import: the worker starts on the first page that needs it (loading the core
 * and the models takes a second or two) and is ended by `dispose`, or at once on cancel.
 */
export function createTesseractOcr(): DisposableOcrEngine {
  let worker: Promise<TesseractWorker> | null = null;
  let onPageProgress: ((fraction: number) => void) | undefined;
  /** The one model to use from the next page on, once the first page has shown the language. */
  let narrowTo: string | null = null;
  let pagesRead = 0;

  const start = (): Promise<TesseractWorker> => {
    worker ??= import('tesseract.js').then((tesseract) =>
      tesseract.createWorker(LANGUAGES, tesseract.OEM.LSTM_ONLY, {
        workerPath: vendorUrl('tesseract/worker.min.js'),
        // A folder: tesseract.js picks the relaxed-SIMD, SIMD or plain core the engine can run.
        corePath: vendorUrl('tesseract/core/'),
        langPath: vendorUrl('tesseract/lang'),
        // A worker from the app's URL, not from a blob: URL, which the policy does not allow.
        workerBlobURL: false,
        // The models are on disk already; caching them again in IndexedDB would only duplicate them.
        cacheMethod: 'none',
        gzip: true,
        logger: (message) => {
          if (message.status === 'recognizing text') onPageProgress?.(message.progress);
        },
      }),
    );
    return worker;
  };

  const stop = async (): Promise<void> => {
    const running = worker;
    worker = null;
    narrowTo = null;
    pagesRead = 0;
    if (running) await (await running.catch(() => null))?.terminate();
  };

  return {
    async recognize(image, options = {}) {
      const { signal, onProgress } = options;
      if (signal?.aborted) throw new Cancelled();
      let abort: (() => void) | undefined;
      const aborted = new Promise<never>((_, reject) => {
        abort = () => {
          // Terminating the worker is the only way to stop a recognition under way.
          void stop();
          reject(new Cancelled());
        };
        signal?.addEventListener('abort', abort, { once: true });
      });
      try {
        const ready = await Promise.race([start(), aborted]);
        if (narrowTo) {
          const language = narrowTo;
          narrowTo = null;
          await Promise.race([ready.reinitialize(language), aborted]);
        }
        const canvas = await Promise.race([pageCanvas(image), aborted]);
        onPageProgress = onProgress;
        const result = await Promise.race([ready.recognize(canvas, {}, { blocks: true, text: false }), aborted]);
        const page = toOcrPage(result.data, canvas.width, canvas.height);
        if (pagesRead++ === 0) {
          const language = guessLanguage(page.lines.map((line) => line.text).join(' '));
          if (language) narrowTo = MODEL[language];
        }
        return page;
      } finally {
        onPageProgress = undefined;
        if (abort) signal?.removeEventListener('abort', abort);
      }
    },
    dispose: stop,
  };
}

function toOcrPage(page: TesseractPage, width: number, height: number): OcrPage {
  const lines: OcrLine[] = [];
  for (const block of page.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const { x0, y0, x1, y1 } = line.bbox;
        lines.push({ text: line.text, x0, y0, x1, y1, baseline: (line.baseline.y0 + line.baseline.y1) / 2, confidence: line.confidence });
      }
    }
  }
  return { width, height, lines };
}

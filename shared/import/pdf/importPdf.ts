// PDF → ImportedDocument: text layer page by page, OCR for pages without one, then the layout rebuilt.
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { ImportedDocument } from '../../model';
import { ImportError } from '../errors';
import type { ImportHooks } from '../hooks';
import { recognizePages } from '../ocr/recognizePages';
import type { OcrEngine } from '../ocr/types';
import { layoutDocument } from './layoutDocument';
import type { PageSegments } from './layoutTypes';
import { openPdf, pdfError, type PdfHost } from './openPdf';
import { segmentsOfRuns, textRunsOfPage } from './pageRuns';

export interface PdfImportEnvironment extends ImportHooks {
  /** pdf.js as the host configured it; without it PDFs cannot be read. */
  pdf?: PdfHost;
  /** Recognises pages without a text layer; without it they are skipped. */
  ocr?: OcrEngine;
}

/**
 * A page whose text layer has fewer letters and digits than this is a scan (a stamped page
 * number or a Bates label is not a text layer) and goes to OCR.
 */
const MIN_TEXT_LAYER_CHARS = 20;

/**
 * True when the file ends as a PDF must: with `%%EOF` in its last bytes (Acrobat looks in the
 * last 1024; a little more is allowed for trailing junk). A download cut short ends without
 * it, and pdf.js would otherwise rebuild what it can and import part of the document silently.
 */
export function hasPdfEnd(bytes: Uint8Array): boolean {
  const tail = bytes.subarray(Math.max(0, bytes.length - 2048));
  let text = '';
  for (const byte of tail) text += String.fromCharCode(byte);
  return text.includes('%%EOF');
}

export async function importPdf(bytes: Uint8Array, fileName: string, env: PdfImportEnvironment): Promise<ImportedDocument> {
  if (!env.pdf) throw new ImportError('unsupported', fileName, 'no PDF reader in this host');
  if (!hasPdfEnd(bytes)) throw new ImportError('corrupt', fileName, 'no %%EOF: the file is incomplete');
  const document = await openPdf(bytes, fileName, env.pdf, env);
  try {
    const pages = await readTextLayers(document, fileName, env);
    const scans = pages.filter((page) => countTextChars(page) < MIN_TEXT_LAYER_CHARS).map((page) => page.page);
    if (scans.length > 0 && env.ocr) {
      const recognised = await recognizePages(
        scans.map((number) => async () => ({ kind: 'pdfPage' as const, page: await document.getPage(number) })),
        fileName,
        env.ocr,
        env,
        scans,
      );
      // Recognised pages are in the pixels of the rendering; put them back in points, like the others.
      for (const page of recognised) {
        const textLayer = pages[page.page - 1] as PageSegments;
        pages[page.page - 1] = rescale(page, textLayer.width, textLayer.height);
      }
    }
    return { meta: {}, blocks: layoutDocument(pages), sourceFormat: 'pdf' };
  } catch (error) {
    throw pdfError(error, fileName);
  } finally {
    void document.destroy();
  }
}

async function readTextLayers(document: PDFDocumentProxy, fileName: string, hooks: ImportHooks): Promise<PageSegments[]> {
  const pages: PageSegments[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    if (hooks.signal?.aborted) throw new ImportError('cancelled', fileName);
    const page = await document.getPage(number);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const runs = textRunsOfPage(content.items, viewport.transform);
    pages.push({ page: number, width: viewport.width, height: viewport.height, segments: segmentsOfRuns(runs) });
    page.cleanup();
    hooks.onProgress?.({ stage: 'reading', page: number, pages: document.numPages });
  }
  return pages;
}

function countTextChars(page: PageSegments): number {
  let count = 0;
  for (const segment of page.segments) count += segment.text.replace(/[^\p{L}\p{N}]/gu, '').length;
  return count;
}

function rescale(page: PageSegments, width: number, height: number): PageSegments {
  const sx = width / (page.width || width);
  const sy = height / (page.height || height);
  const segments = page.segments.map((s) => ({ ...s, x0: s.x0 * sx, x1: s.x1 * sx, y: s.y * sy, fontSize: s.fontSize * sy }));
  return { ...page, width, height, segments };
}

// Page images → canvases for the OCR engine: PDF pages rendered by pdf.js, TIFF pixels, PNG and JPEG files.
import type { OcrImage } from '../../../../shared/import/ocr';
import { OcrImageError } from '../../../../shared/import/ocr';

/**
 * PDF pages are drawn at 216 dpi (3 × 72): small body text (9–10 pt) then has letters about
 * 25 px tall, where Tesseract reads best, without the cost of 300 dpi on every page.
 */
const PDF_SCALE = 3;
/** Scans larger than this on their long side are scaled down: no gain in accuracy, much slower. */
const MAX_SIDE = 4200;

function canvasOf(width: number, height: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width));
  canvas.height = Math.max(1, Math.round(height));
  return canvas;
}

function context(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const ctx = canvas.getContext('2d', { willReadFrequently: false });
  if (!ctx) throw new Error('No 2D canvas available for OCR');
  // Transparent pixels would be read as black: scans and PDF pages are on white paper.
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  return ctx;
}

/** Draws a page image on a canvas, the form the OCR engine takes it in. */
export async function pageCanvas(image: OcrImage): Promise<HTMLCanvasElement> {
  if (image.kind === 'pdfPage') {
    const base = image.page.getViewport({ scale: 1 });
    const scale = Math.min(PDF_SCALE, MAX_SIDE / Math.max(base.width, base.height));
    const viewport = image.page.getViewport({ scale });
    const canvas = canvasOf(viewport.width, viewport.height);
    await image.page.render({ canvas, canvasContext: context(canvas), viewport, background: '#fff' }).promise;
    // The page's decoded images are no longer needed: a long scan must not keep them all.
    image.page.cleanup();
    return canvas;
  }
  if (image.kind === 'rgba') {
    const full = canvasOf(image.width, image.height);
    const rgba = new Uint8ClampedArray(image.data.buffer as ArrayBuffer, image.data.byteOffset, image.width * image.height * 4);
    const pixels = new ImageData(rgba, image.width, image.height);
    context(full).putImageData(pixels, 0, 0);
    return fit(full, image.width, image.height);
  }
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([image.bytes as BlobPart], { type: image.mimeType }));
  } catch (error) {
    throw new OcrImageError(error instanceof Error ? error.message : String(error));
  }
  try {
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    const canvas = canvasOf(bitmap.width * scale, bitmap.height * scale);
    context(canvas).drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    return canvas;
  } finally {
    bitmap.close();
  }
}

function fit(canvas: HTMLCanvasElement, width: number, height: number): HTMLCanvasElement {
  const scale = MAX_SIDE / Math.max(width, height);
  if (scale >= 1) return canvas;
  const smaller = canvasOf(width * scale, height * scale);
  context(smaller).drawImage(canvas, 0, 0, smaller.width, smaller.height);
  return smaller;
}

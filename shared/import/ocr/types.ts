// The contract between the importers and an OCR engine the host provides (tesseract.js in the renderer).
import type { PDFPageProxy } from 'pdfjs-dist';

/** A page image to recognise. */
export type OcrImage =
  /** A PNG or JPEG file as it is. */
  | { kind: 'encoded'; bytes: Uint8Array; mimeType: 'image/png' | 'image/jpeg' }
  /** Decoded pixels, 8-bit RGBA (a TIFF page). */
  | { kind: 'rgba'; width: number; height: number; data: Uint8Array }
  /** A PDF page without a text layer; the host renders it at a resolution fit for OCR. */
  | { kind: 'pdfPage'; page: PDFPageProxy };

/** One line as the recogniser read it, in the image's pixels (origin top left). */
export interface OcrLine {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** The baseline's height on the page, when the engine gives it; else y1 is used. */
  baseline?: number;
  /** Mean confidence of the line's words, 0–100. */
  confidence: number;
}

export interface OcrPage {
  width: number;
  height: number;
  /** Lines in the engine's reading order. */
  lines: OcrLine[];
}

export interface OcrRecognizeOptions {
  signal?: AbortSignal;
  /** Called with the fraction (0–1) of this page done. */
  onProgress?: (fraction: number) => void;
}

export interface OcrEngine {
  /**
   * Recognises one page. Stops and rejects (with any error) when `signal` is aborted, and
   * rejects with OcrImageError when the image cannot be decoded.
   */
  recognize(image: OcrImage, options?: OcrRecognizeOptions): Promise<OcrPage>;
}

/** The engine could not decode a page image (a damaged PNG or JPEG). */
export class OcrImageError extends Error {
  override readonly name = 'OcrImageError';
}

/**
 * Blocks recognised with less confidence than this are marked in the reader for checking.
 * Tesseract's word confidences on clean 200–300 dpi scans sit around 90–96; below 70 a
 * paragraph usually has misread words or numbers.
 */
export const LOW_OCR_CONFIDENCE = 70;

export function isLowConfidence(block: { ocrConfidence?: number }): boolean {
  return block.ocrConfidence !== undefined && block.ocrConfidence < LOW_OCR_CONFIDENCE;
}

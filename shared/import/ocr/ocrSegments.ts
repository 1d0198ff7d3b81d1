// A recognised page → the positioned segments the PDF layout code reads, with each line's confidence.
import type { PageSegments, Segment } from '../pdf/layoutTypes';
import type { OcrPage } from './types';

/** Line heights within this share of the page's median are the body size. */
const SAME_SIZE = 0.3;

/**
 * Turns OCR lines into segments. A recognised line's box is taller when it has descenders or
 * capitals, so heights near the page's median are all given the median: otherwise every
 * line without a `p` or `g` would look like a change of font and break its paragraph.
 */
export function ocrPageSegments(page: OcrPage, pageNumber: number): PageSegments {
  const lines = page.lines
    .map((line) => ({ ...line, text: line.text.replace(/\s+/gu, ' ').trim() }))
    .filter((line) => line.text !== '' && line.x1 > line.x0 && line.y1 > line.y0);
  const heights = lines.map((line) => line.y1 - line.y0).sort((a, b) => a - b);
  const median = heights[Math.floor(heights.length / 2)] ?? 1;
  const segments: Segment[] = lines.map((line) => {
    const height = line.y1 - line.y0;
    return {
      text: line.text,
      x0: line.x0,
      x1: line.x1,
      y: line.baseline ?? line.y1,
      fontSize: Math.abs(height - median) <= median * SAME_SIZE ? median : height,
      confidence: line.confidence,
    };
  });
  return { page: pageNumber, width: page.width, height: page.height, segments };
}

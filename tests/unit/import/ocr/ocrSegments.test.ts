// Recognised lines → positioned segments, and the threshold below which a block is marked uncertain.
import { describe, expect, it } from 'vitest';
import { isLowConfidence, LOW_OCR_CONFIDENCE, ocrPageSegments } from '../../../../shared/import/ocr';

describe('ocrPageSegments', () => {
  it('places lines on their baselines, gives body lines one size and keeps the confidence', () => {
    const page = ocrPageSegments(
      {
        width: 1000,
        height: 1400,
        lines: [
          { text: 'ORDONNANCE\n', x0: 100, y0: 40, x1: 500, y1: 100, baseline: 95, confidence: 96 },
          { text: ' Vu la  procédure suivante :\n', x0: 100, y0: 200, x1: 600, y1: 228, baseline: 222, confidence: 95 },
          { text: 'AU NOM DU PEUPLE', x0: 100, y0: 240, x1: 600, y1: 262, confidence: 88 },
          { text: '   ', x0: 100, y0: 300, x1: 110, y1: 320, confidence: 0 },
        ],
      },
      3,
    );
    expect(page.page).toBe(3);
    expect(page.segments).toEqual([
      { text: 'ORDONNANCE', x0: 100, x1: 500, y: 95, fontSize: 60, confidence: 96 },
      { text: 'Vu la procédure suivante :', x0: 100, x1: 600, y: 222, fontSize: 28, confidence: 95 },
      // No baseline given: the bottom of the box. A line without descenders is still body text.
      { text: 'AU NOM DU PEUPLE', x0: 100, x1: 600, y: 262, fontSize: 28, confidence: 88 },
    ]);
  });
});

describe('isLowConfidence', () => {
  it('marks recognised blocks under the threshold, never text from a text layer', () => {
    expect(LOW_OCR_CONFIDENCE).toBe(70);
    expect(isLowConfidence({ ocrConfidence: 69 })).toBe(true);
    expect(isLowConfidence({ ocrConfidence: 70 })).toBe(false);
    expect(isLowConfidence({})).toBe(false);
  });
});

// Scans as images: PNG and JPEG go to the OCR engine as they are, TIFF pages decoded to pixels first.
import { describe, expect, it } from 'vitest';
import * as UTIF from 'utif2';
import { ImportError, importSource, type SourceEnvironment } from '../../../../shared/import';
import { decodeTiff } from '../../../../shared/import/image/decodeTiff';
import { imagePages } from '../../../../shared/import/image/importImage';
import type { OcrEngine, OcrImage } from '../../../../shared/import/ocr';
import { greyPng } from '../../../fixtures/pdf/png';

function tiff(width: number, height: number): Uint8Array {
  const rgba = new Uint8Array(width * height * 4).fill(255);
  // A black first row.
  for (let x = 0; x < width; x++) rgba.set([0, 0, 0, 255], x * 4);
  return new Uint8Array(UTIF.encodeImage(rgba, width, height));
}

const engine = (seen: OcrImage[]): OcrEngine => ({
  async recognize(image) {
    seen.push(image);
    return {
      width: 800,
      height: 1100,
      lines: [
        { text: "Conseil d'État", x0: 80, y0: 60, x1: 260, y1: 84, confidence: 94 },
        { text: 'N° 503163', x0: 80, y0: 100, x1: 200, y1: 124, confidence: 61 },
      ],
    };
  },
});

describe('imagePages', () => {
  it('passes PNG and JPEG files through and decodes TIFF pages to RGBA', () => {
    const png = greyPng(4, 4);
    expect(imagePages(png, 'scan.png')).toEqual([{ kind: 'encoded', bytes: png, mimeType: 'image/png' }]);
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
    expect(imagePages(jpeg, 'scan.jpg')[0]).toMatchObject({ kind: 'encoded', mimeType: 'image/jpeg' });
    const [page] = imagePages(tiff(6, 3), 'fax.tif');
    expect(page).toMatchObject({ kind: 'rgba', width: 6, height: 3 });
    expect(page?.kind === 'rgba' && Array.from(page.data.subarray(0, 4))).toEqual([0, 0, 0, 255]);
  });

  it('corrupt: a damaged TIFF, or bytes that are no image under an image name', () => {
    const code = (bytes: Uint8Array, name: string) => {
      try {
        imagePages(bytes, name);
      } catch (error) {
        return error instanceof ImportError ? error.code : 'other';
      }
      return 'read';
    };
    expect(code(tiff(6, 3).slice(0, 12), 'fax.tif')).toBe('corrupt');
    expect(code(new TextEncoder().encode('pas une image'), 'scan.png')).toBe('corrupt');
  });

  it('decodeTiff reads each page of a TIFF', () => {
    expect(decodeTiff(tiff(10, 12)).map((page) => [page.width, page.height, page.data.length])).toEqual([[10, 12, 480]]);
  });
});

describe('importSource on a scanned image', () => {
  it('recognises the page and keeps each block’s confidence and page', async () => {
    const seen: OcrImage[] = [];
    const env: SourceEnvironment = { window: undefined as never, ocr: engine(seen) };
    const imported = await importSource({ name: 'ordonnance.png', bytes: greyPng(8, 8) }, env);
    expect(seen).toHaveLength(1);
    expect(imported.sourceFormat).toBe('image');
    expect(imported.blocks.map((block) => [block.text, block.page, block.ocrConfidence])).toEqual([
      ["Conseil d'État", 1, 94],
      ['N° 503163', 1, 61],
    ]);
    expect(imported.meta).toMatchObject({ court: "Conseil d'État", caseNumber: '503163' });
  });

  it('unsupported in a host without OCR', async () => {
    const error = await importSource({ name: 'ordonnance.png', bytes: greyPng(8, 8) }, { window: undefined as never }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'unsupported' });
  });
});

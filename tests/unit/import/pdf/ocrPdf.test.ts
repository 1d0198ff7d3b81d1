// PDF pages without a text layer go to the OCR engine; what it reads joins the document with its confidence.
import { describe, expect, it } from 'vitest';
import { ImportError, importSource, type ImportProgress, type SourceEnvironment } from '../../../../shared/import';
import type { OcrEngine, OcrImage, OcrLine, OcrPage } from '../../../../shared/import/ocr';
import { writePdf, type PlacedPage } from '../../../fixtures/pdf/layoutPdf';
import { nodePdfHost } from '../../../fixtures/pdf/nodePdfHost';
import { greyPng } from '../../../fixtures/pdf/png';

const textPage = (lines: string[]): PlacedPage => ({
  width: 595.28,
  height: 841.89,
  lines: lines.map((text, i) => ({ text, x: 64, y: 100 + i * 14, size: 11 })),
});

/** What a recogniser would return for the scanned page, at 2 pixels per point. */
function scannedPage(): OcrPage {
  const line = (text: string, y: number, x1: number, confidence: number): OcrLine => ({ text, x0: 128, y0: y - 18, x1, y1: y + 5, baseline: y, confidence });
  return {
    width: 1191,
    height: 1684,
    lines: [
      line('3. Pour demander la suspension de l’exécution de cette délibération, les requérants', 200, 1062, 93),
      line('soutiennent qu’elle expose les données de santé de millions de personnes.', 228, 900, 91),
      line('4. En premier lieu, il est constant que la soclété Mlcrosoft Ireland est', 284, 1062, 58),
      line('susceptlble de se voir adresser des demandes.', 312, 700, 52),
    ],
  };
}

/** An engine that "reads" every page it is given as `scannedPage()`, and records what it saw. */
function fakeEngine(seen: OcrImage[], delayMs = 0): OcrEngine {
  return {
    async recognize(image, options = {}) {
      seen.push(image);
      options.onProgress?.(0.5);
      if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
      if (options.signal?.aborted) throw new Error('terminated');
      return scannedPage();
    },
  };
}

async function scannedPdf(): Promise<Uint8Array> {
  const before = textPage([
    '1. Aux termes du premier alinéa de l’article L. 521-1 du code de justice administrative, le juge des référés',
    'peut ordonner la suspension.',
    '2. Il résulte de l’instruction que la CNIL a autorisé la Plateforme des données de santé.',
  ]);
  const after = textPage(['5. Toutefois, il résulte de l’instruction que les données versées dans l’entrepôt sont pseudonymisées.']);
  return writePdf([before, after], [{ png: greyPng(120, 170, (x, y) => (y % 20 < 2 && x > 10 && x < 110 ? 0 : 255)), at: 2 }]);
}

describe('a PDF with a scanned page', () => {
  it('sends only the page without text to OCR and reads its lines as paragraphs with their confidence', async () => {
    const seen: OcrImage[] = [];
    const progress: ImportProgress[] = [];
    const env: SourceEnvironment = { window: undefined as never, pdf: nodePdfHost, ocr: fakeEngine(seen), onProgress: (p) => progress.push(p) };
    const imported = await importSource({ name: 'scan.pdf', bytes: await scannedPdf() }, env);

    expect(seen).toHaveLength(1);
    expect(seen[0]?.kind === 'pdfPage' && seen[0].page.pageNumber).toBe(2);
    expect(imported.blocks.map((block) => [block.number, block.page, block.ocrConfidence])).toEqual([
      ['1', 1, undefined],
      ['2', 1, undefined],
      ['3', 2, 92],
      ['4', 2, 56],
      ['5', 3, undefined],
    ]);
    expect(imported.blocks[2]?.text).toBe(
      '3. Pour demander la suspension de l’exécution de cette délibération, les requérants soutiennent qu’elle expose les données de santé de millions de personnes.',
    );
    expect(progress.filter((p) => p.stage === 'ocr')).toEqual([
      { stage: 'ocr', page: 1, pages: 1, fraction: 0 },
      { stage: 'ocr', page: 1, pages: 1, fraction: 0.5 },
      { stage: 'ocr', page: 1, pages: 1, fraction: 1 },
    ]);
  });

  it('is cancelled when the signal is aborted during recognition', async () => {
    const controller = new AbortController();
    const env: SourceEnvironment = {
      window: undefined as never,
      pdf: nodePdfHost,
      ocr: fakeEngine([], 50),
      signal: controller.signal,
      onProgress: (p) => {
        if (p.stage === 'ocr') controller.abort();
      },
    };
    await expect(importSource({ name: 'scan.pdf', bytes: await scannedPdf() }, env)).rejects.toMatchObject({ code: 'cancelled' });
  });

  it('imports the pages with text when no OCR engine is available', async () => {
    const imported = await importSource({ name: 'scan.pdf', bytes: await scannedPdf() }, { window: undefined as never, pdf: nodePdfHost });
    expect(imported.blocks.map((block) => block.number)).toEqual(['1', '2', '5']);
  });

  it('noText when nothing is left: a scan-only PDF without OCR', async () => {
    const onlyScan = await writePdf([], [{ png: greyPng(20, 20), at: 1 }]);
    const error = await importSource({ name: 'scan.pdf', bytes: onlyScan }, { window: undefined as never, pdf: nodePdfHost }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe('noText');
  });
});

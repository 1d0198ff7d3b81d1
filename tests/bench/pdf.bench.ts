// `npm run bench`: PDF import of a generated 300-page, ~120,000-word ruling against pdf.js text extraction alone,
// and OCR seconds per page (tesseract.js in Node, same core, models and resolution as the app).
import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildLibraryRecords, importSource, type SourceEnvironment } from '../../shared/import';
import { layoutPages, writePdf } from '../fixtures/pdf/layoutPdf';
import { nodePdfHost } from '../fixtures/pdf/nodePdfHost';
import { generateRulingText } from './generateRuling';
import { measureInterleaved, report } from './harness';

const RUNS = 7;
const OCR_PAGES = 3;

const text = generateRulingText(120_000);
const paragraphs = text.split('\n').filter((line) => line.trim() !== '');
const pages = await layoutPages(paragraphs, {
  fontSize: 11.5,
  leading: 21,
  margin: 84,
  paragraphSpacing: 12,
  hyphenate: true,
  header: "Conseil d'État — N° 503163",
  footer: (n, total) => `Page ${n} sur ${total}`,
});
const pdf = await writePdf(pages);
const words = text.split(/\s+/u).filter(Boolean).length;
console.log(
  `\nGlose PDF bench — generated ruling: ${pages.length} pages, ${words.toLocaleString('en')} words, ${(pdf.length / 1e6).toFixed(2)} MB (pdf.js ${
    createRequire(import.meta.url)('pdfjs-dist/package.json').version
  }, Node ${process.version}, ${cpus().length} cores)`,
);

const env: SourceEnvironment = { window: undefined as never, pdf: nodePdfHost };
let blockCount = 0;
const [importing, extracting] = await measureInterleaved(
  {
    name: 'import (pdf.js, layout, legal pass, records)',
    fn: async () => {
      const imported = await importSource({ name: 'ruling.pdf', bytes: pdf }, env);
      const { blocks } = await buildLibraryRecords(imported, { fileName: 'ruling.pdf', now: 0, newId: randomUUID });
      blockCount = blocks.length;
    },
  },
  {
    name: 'pdf.js getTextContent of every page',
    fn: async () => {
      const document = await (await nodePdfHost.getDocument(pdf.slice())).promise;
      for (let n = 1; n <= document.numPages; n++) {
        const page = await document.getPage(n);
        await page.getTextContent();
        page.cleanup();
      }
      await document.destroy();
    },
  },
  RUNS,
);
report(`Import of a ${pages.length}-page PDF ruling (${blockCount} blocks)`, importing, extracting, 'target ≤ 1.5×');

await benchOcr();

/**
 * Seconds per page of OCR on pages of the same PDF, rendered at the app's 216 dpi with
 * @napi-rs/canvas: with both models (the app's first page) and French alone (its later pages,
 * once the first has shown the language).
 */
async function benchOcr(): Promise<void> {
  const require = createRequire(import.meta.url);
  let canvasModule: typeof import('@napi-rs/canvas');
  try {
    canvasModule = await import('@napi-rs/canvas');
  } catch {
    console.log('\nOCR: skipped — @napi-rs/canvas (an optional dependency of pdfjs-dist) is not installed, so pages cannot be rendered in Node.');
    return;
  }
  const { createWorker, OEM } = await import('tesseract.js');
  // The two models sit in two packages; the app serves them from one folder, and so does this.
  const langPath = mkdtempSync(path.join(tmpdir(), 'glose-tessdata-'));
  for (const code of ['fra', 'eng']) {
    copyFileSync(require.resolve(`@tesseract.js-data/${code}/4.0.0_best_int/${code}.traineddata.gz`), path.join(langPath, `${code}.traineddata.gz`));
  }

  const document = await (await nodePdfHost.getDocument(pdf.slice())).promise;
  const images: Buffer[] = [];
  for (let n = 2; n < 2 + OCR_PAGES; n++) {
    const page = await document.getPage(n);
    const viewport = page.getViewport({ scale: 3 });
    const canvas = canvasModule.createCanvas(Math.round(viewport.width), Math.round(viewport.height));
    const context = canvas.getContext('2d');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: context as unknown as CanvasRenderingContext2D, viewport }).promise;
    images.push(canvas.toBuffer('image/png'));
  }
  await document.destroy();

  console.log(`\nOCR (tesseract.js ${require('tesseract.js/package.json').version}, best_int models, LSTM, 216 dpi, Node; ${OCR_PAGES} dense pages of ~410 words)`);
  for (const languages of ['fra+eng', 'fra']) {
    const startedAt = performance.now();
    const worker = await createWorker(languages, OEM.LSTM_ONLY, { langPath, cacheMethod: 'none', gzip: true });
    const startup = (performance.now() - startedAt) / 1000;
    const seconds: number[] = [];
    let confidence = 0;
    for (const image of images) {
      const start = performance.now();
      const result = await worker.recognize(image, {}, { blocks: true, text: false });
      seconds.push((performance.now() - start) / 1000);
      confidence += result.data.confidence / images.length;
    }
    await worker.terminate();
    seconds.sort((a, b) => a - b);
    const median = seconds[Math.floor(seconds.length / 2)] as number;
    console.log(
      `  ${languages.padEnd(8)} seconds per page ${median.toFixed(2).padStart(6)} s (median)   worker start ${startup.toFixed(2)} s   mean confidence ${confidence.toFixed(0)} %`,
    );
  }
  rmSync(langPath, { recursive: true, force: true });
}

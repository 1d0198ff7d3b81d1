// pdf.js for the importer, loaded on first use, with its worker, maps, fonts and decoders served by the app.
import type { PdfHost } from '../../../../shared/import/pdf';
import { vendorUrl } from '../vendor';

type PdfJs = typeof import('pdfjs-dist');
let loading: Promise<PdfJs> | null = null;

/** pdf.js is large and most imports are not PDFs: it is fetched from the app the first time it is needed. */
export function loadPdfJs(): Promise<PdfJs> {
  loading ??= import('pdfjs-dist').then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = vendorUrl('pdfjs/pdf.worker.min.mjs');
    return pdfjs;
  });
  return loading;
}

export const pdfjsHost: PdfHost = {
  async getDocument(data) {
    const pdfjs = await loadPdfJs();
    return pdfjs.getDocument({
      data,
      cMapUrl: vendorUrl('pdfjs/cmaps/'),
      cMapPacked: true,
      standardFontDataUrl: vendorUrl('pdfjs/standard_fonts/'),
      wasmUrl: vendorUrl('pdfjs/wasm/'),
      iccUrl: vendorUrl('pdfjs/iccs/'),
      // The policy forbids eval; pdf.js would try it for faster glyph drawing and log a violation.
      isEvalSupported: false,
      // Forms and scripts in PDFs are never run; Glose only reads text.
      enableXfa: false,
    });
  },
};

// The pdf.js and tesseract.js files the renderer loads at run time, copied from node_modules into the build (no CDN, ever).
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/** Where they are served from, under the app's own origin (the renderer's `vendorUrl`). */
export const VENDOR_DIR = 'vendor';

/** `from` is a file or folder (copied flat) under node_modules; `to` is its place under VENDOR_DIR. */
export const VENDOR_ASSETS: ReadonlyArray<{ from: string; to: string }> = [
  // pdf.js: its worker, the character maps of CJK and other CID fonts, the 14 standard fonts
  // that PDFs use without embedding them, and the JBIG2/JPEG 2000 decoders scans are stored in.
  { from: 'pdfjs-dist/build/pdf.worker.min.mjs', to: 'pdfjs/pdf.worker.min.mjs' },
  { from: 'pdfjs-dist/cmaps', to: 'pdfjs/cmaps' },
  { from: 'pdfjs-dist/standard_fonts', to: 'pdfjs/standard_fonts' },
  { from: 'pdfjs-dist/wasm', to: 'pdfjs/wasm' },
  { from: 'pdfjs-dist/iccs', to: 'pdfjs/iccs' },
  // tesseract.js: its worker, the LSTM-only cores (it picks relaxed SIMD, SIMD or plain by what
  // the engine supports), and the French and English "best_int" models.
  { from: 'tesseract.js/dist/worker.min.js', to: 'tesseract/worker.min.js' },
  { from: 'tesseract.js-core/tesseract-core-lstm.wasm.js', to: 'tesseract/core/tesseract-core-lstm.wasm.js' },
  { from: 'tesseract.js-core/tesseract-core-simd-lstm.wasm.js', to: 'tesseract/core/tesseract-core-simd-lstm.wasm.js' },
  { from: 'tesseract.js-core/tesseract-core-relaxedsimd-lstm.wasm.js', to: 'tesseract/core/tesseract-core-relaxedsimd-lstm.wasm.js' },
  { from: '@tesseract.js-data/fra/4.0.0_best_int/fra.traineddata.gz', to: 'tesseract/lang/fra.traineddata.gz' },
  { from: '@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz', to: 'tesseract/lang/eng.traineddata.gz' },
];

const MIME: Readonly<Record<string, string>> = {
  '.mjs': 'text/javascript',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
};

/** Every file to serve: its URL path under VENDOR_DIR and its absolute source path. */
export function vendorFiles(nodeModules: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const { from, to } of VENDOR_ASSETS) {
    const source = path.join(nodeModules, from);
    if (!existsSync(source)) throw new Error(`Vendor asset missing: ${source} (run npm install)`);
    if (statSync(source).isDirectory()) {
      for (const name of readdirSync(source)) {
        if (statSync(path.join(source, name)).isFile()) files.set(`${to}/${name}`, path.join(source, name));
      }
    } else {
      files.set(to, source);
    }
  }
  return files;
}

/** Copies the vendor files into the build, and serves them from node_modules in `vite dev`. */
export function vendorAssets(nodeModules: string): Plugin {
  const files = vendorFiles(nodeModules);
  return {
    name: 'glose-vendor-assets',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const url = decodeURIComponent((request.url ?? '').split('?')[0] ?? '');
        const prefix = `/${VENDOR_DIR}/`;
        const source = url.startsWith(prefix) ? files.get(url.slice(prefix.length)) : undefined;
        if (!source) return next();
        response.setHeader('Content-Type', MIME[path.extname(source)] ?? 'application/octet-stream');
        createReadStream(source).pipe(response);
      });
    },
    generateBundle() {
      for (const [to, source] of files) {
        this.emitFile({ type: 'asset', fileName: `${VENDOR_DIR}/${to}`, source: readFileSync(source) });
      }
    },
  };
}

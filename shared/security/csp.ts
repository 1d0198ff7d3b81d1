// The one Content-Security-Policy of Glose, shared by the Electron protocol handler and the web build (DESIGN.md §8).

/**
 * Everything comes from the app's own origin; nothing is fetched, framed or posted elsewhere.
 * `'unsafe-inline'` styles only: React and Lexical set inline `style` attributes; scripts stay strict.
 * `data:`/`blob:` images let imported documents show embedded pictures without touching the network.
 * `'wasm-unsafe-eval'` lets the app's own WebAssembly compile (the OCR engine, and pdf.js's
 * JBIG2 and JPEG 2000 decoders for scans); it allows no `eval` of JavaScript. Workers come
 * from the app's origin only (`worker-src` falls back to `script-src`): no `blob:` workers.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');

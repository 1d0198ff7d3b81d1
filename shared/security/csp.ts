// The one Content-Security-Policy of Glose, shared by the Electron protocol handler and the web build (DESIGN.md §8).

/**
 * Everything comes from the app's own origin; nothing is fetched, framed or posted elsewhere.
 * `'unsafe-inline'` styles only: React and Lexical set inline `style` attributes; scripts stay strict.
 * `data:`/`blob:` images let imported documents show embedded pictures without touching the network.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');

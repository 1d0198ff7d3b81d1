// Builds the renderer: the web edition and the page Electron loads from app://glose/.
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../shared/security/csp.ts';
import { vendorAssets } from '../scripts/vendorAssets.ts';

/** The production page carries the same strict policy as the Electron window (DESIGN.md §8). */
function cspMeta(): Plugin {
  return {
    name: 'glose-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react(), cspMeta(), vendorAssets(fileURLToPath(new URL('../node_modules', import.meta.url)))],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    // A local desktop app loads its bundle from disk: one chunk is fine.
    chunkSizeWarningLimit: 2000,
  },
  server: { port: 5173, strictPort: false, host: '127.0.0.1' },
  // The preview also sends the policy as a header, so that workers (which a page's meta tag
  // does not cover) run under it as they do in Electron, where every response carries it.
  preview: { port: 4173, strictPort: true, host: '127.0.0.1', headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
});

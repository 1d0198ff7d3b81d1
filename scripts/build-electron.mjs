// Bundles the main process and the preload into dist/electron/*.cjs with esbuild.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const result = await build({
  absWorkingDir: root,
  entryPoints: { main: 'electron/main.ts', preload: 'electron/preload.ts' },
  outdir: 'dist/electron',
  // CommonJS: a sandboxed preload cannot load ES modules, and main sits next to it.
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron'],
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
});

// A sandboxed preload can require 'electron' and nothing else; fail the build, not the app at run time.
const preload = Object.entries(result.metafile.outputs).find(([file]) => file.endsWith('preload.cjs'));
const stray = (preload?.[1].imports ?? []).filter((entry) => entry.external && entry.path !== 'electron');
if (stray.length > 0) {
  console.error(`The preload must import only 'electron'; it also imports: ${stray.map((entry) => entry.path).join(', ')}.`);
  process.exit(1);
}

const outputs = Object.keys(result.metafile.outputs).filter((file) => file.endsWith('.cjs'));
console.log(`Built ${outputs.join(', ')}`);

// `npm run bench [name…]`: bundles the TypeScript benchmarks with esbuild and runs each in its own Node process;
// the reader and library benches drive the system Chromium against the built web edition (built here first).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Each bench runs in a process of its own, so one's heap and JIT state do not weigh on the next.
// `npm run bench pdf docx` runs only those.
const BENCHES = ['foundation', 'reader', 'docx', 'pdf', 'backup', 'backupBrowser', 'compare', 'export', 'library', 'search', 'searchBrowser'];
// The backup bench holds a 120-million-character library in fake-indexeddb's memory, and samples peak memory after a GC.
const NODE_FLAGS = { backup: ['--max-old-space-size=6144', '--expose-gc'] };
const wanted = process.argv.slice(2);
const selected = wanted.length > 0 ? BENCHES.filter((name) => wanted.includes(name)) : BENCHES;
// The reader, backupBrowser, library and searchBrowser benches drive the built web edition.
if (['reader', 'backupBrowser', 'library', 'searchBrowser'].some((name) => selected.includes(name))) {
  const renderer = spawnSync('npm', ['run', 'build:renderer', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'], cwd: root, shell: process.platform === 'win32' });
  if (renderer.status !== 0) process.exit(renderer.status ?? 1);
}
let status = 0;
for (const name of selected) {
  const outfile = path.join(root, `dist/bench/${name}.bench.mjs`);
  await build({
    absWorkingDir: root,
    entryPoints: [`tests/bench/${name}.bench.ts`],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  const run = spawnSync(process.execPath, [...(NODE_FLAGS[name] ?? []), outfile], { stdio: 'inherit', cwd: root });
  status ||= run.status ?? 1;
}
process.exit(status);

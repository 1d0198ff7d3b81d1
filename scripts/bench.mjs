// `npm run bench`: bundles the TypeScript benchmarks with esbuild and runs them in Node: the foundation's hot paths,
// then the reader in the system Chromium against the built web edition (built here first).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benches = ['foundation', 'reader'];

const renderer = spawnSync('npm', ['run', 'build:renderer', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'], cwd: root, shell: process.platform === 'win32' });
if (renderer.status !== 0) process.exit(renderer.status ?? 1);

for (const name of benches) {
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
  const run = spawnSync(process.execPath, [outfile], { stdio: 'inherit', cwd: root });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

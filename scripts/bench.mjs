// `npm run bench`: bundles the TypeScript benchmarks with esbuild and runs them in Node.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, 'dist/bench/foundation.bench.mjs');
await build({
  absWorkingDir: root,
  entryPoints: ['tests/bench/foundation.bench.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const run = spawnSync(process.execPath, [outfile], { stdio: 'inherit', cwd: root });
process.exit(run.status ?? 1);

// `npm run bench [name…]`: bundles the TypeScript benchmarks with esbuild and runs each in its own Node process.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BENCHES = ['foundation', 'pdf'];
const wanted = process.argv.slice(2);
const selected = wanted.length > 0 ? BENCHES.filter((name) => wanted.includes(name)) : BENCHES;

await build({
  absWorkingDir: root,
  entryPoints: selected.map((name) => `tests/bench/${name}.bench.ts`),
  outdir: path.join(root, 'dist/bench'),
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
for (const name of selected) {
  const run = spawnSync(process.execPath, [path.join(root, `dist/bench/${name}.bench.mjs`)], { stdio: 'inherit', cwd: root });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

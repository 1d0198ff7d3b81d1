// `npm start`: makes sure the Electron runtime is there (downloading it once if needed), builds, and runs Glose.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { electronPackageDir, findElectronBinary, repoRoot } from './electron-path.mjs';

const NO_RUNTIME =
  'Glose could not start: the Electron runtime is not installed and could not be downloaded (no network?); ' +
  'run `npm run web` to use the web edition in your browser instead.';

/** A real download takes a while; only then is it worth a line, so a quick offline failure prints just one sentence. */
const NOTICE_AFTER_MS = 2000;
const DOWNLOAD_TIMEOUT_MS = 15 * 60 * 1000;

/**
 * Electron's own "download on first use" (what its skipped postinstall would have done).
 * Its output is captured: offline, it is a stack trace that says less than our one sentence.
 * @returns {Promise<void>}
 */
function downloadElectron() {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(electronPackageDir, 'install.js')], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.resume();
    child.stderr.resume();
    const notice = setTimeout(() => console.log('Downloading the Electron runtime (first run only)…'), NOTICE_AFTER_MS);
    const timeout = setTimeout(() => child.kill(), DOWNLOAD_TIMEOUT_MS);
    child.on('error', () => undefined);
    child.on('close', () => {
      clearTimeout(notice);
      clearTimeout(timeout);
      resolve();
    });
  });
}

// Runtime first: offline, there is no point in building an app that cannot be opened.
let electron = findElectronBinary();
if (!electron) {
  await downloadElectron();
  electron = findElectronBinary();
}
if (!electron) {
  console.error(NO_RUNTIME);
  process.exit(1);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const built = spawnSync(npm, ['run', 'build'], { cwd: repoRoot, stdio: 'inherit', shell: process.platform === 'win32' });
if (built.status !== 0) process.exit(built.status ?? 1);

const app = spawn(electron, [repoRoot], { cwd: repoRoot, stdio: 'inherit' });
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => app.kill(signal));
}
app.on('close', (code, signal) => {
  if (signal) console.error(`Glose was stopped by ${signal}.`);
  process.exit(code ?? 1);
});

// `npm run test:electron`: the Playwright _electron suite when the Electron binary is present, a one-line skip otherwise.
import { spawnSync } from 'node:child_process';
import { findElectronBinary, repoRoot } from './electron-path.mjs';

const SKIPPED =
  'Skipped the Electron suite: the Electron binary is not installed (it is downloaded from the internet on first use); ' +
  'the web edition was tested in Chromium instead.';

// Tests never download anything: an offline build machine must pass `npm test` (DESIGN.md §9).
if (!findElectronBinary()) {
  console.log(SKIPPED);
  process.exit(0);
}

const isWindows = process.platform === 'win32';

/** @param {string} command @param {string[]} args */
function run(command, args) {
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit', shell: isWindows });
  return result.status ?? 1;
}

// Always rebuild: a stale bundle would test yesterday's app. It takes seconds.
const built = run(isWindows ? 'npm.cmd' : 'npm', ['run', 'build']);
if (built !== 0) process.exit(built);

const npx = isWindows ? 'npx.cmd' : 'npx';
const playwright = [npx, 'playwright', 'test', '-c', 'tests/electron/playwright.config.ts'];
// Headless Linux (CI, SSH) has no display for Electron's window; a virtual one stands in.
const needsXvfb = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const hasXvfb = needsXvfb && spawnSync('sh', ['-c', 'command -v xvfb-run'], { stdio: 'ignore' }).status === 0;
const [command, ...args] = hasXvfb ? ['xvfb-run', '--auto-servernum', ...playwright] : playwright;

process.exit(run(/** @type {string} */ (command), args));

// Finds the Electron executable without triggering a download (require('electron') would start one).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const electronPackageDir = path.join(repoRoot, 'node_modules', 'electron');

/**
 * The path of the Electron binary, or null when it was never downloaded. Mirrors the lookup in
 * node_modules/electron/index.js (path.txt + dist/, or ELECTRON_OVERRIDE_DIST_PATH) minus its
 * side effect: on this project's npm the package's postinstall does not run, so the binary is
 * often absent, and index.js would then try the network with its output on our terminal.
 * @returns {string | null}
 */
export function findElectronBinary() {
  const pathFile = path.join(electronPackageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (!relative) return null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override ? path.join(override, relative) : path.join(electronPackageDir, 'dist', relative);
  return existsSync(binary) ? binary : null;
}

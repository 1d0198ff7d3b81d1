// Finds the system Chromium the end-to-end tests drive (never a downloaded browser build).
import { existsSync } from 'node:fs';

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** CHROMIUM_PATH if set and present, else the first Debian/Ubuntu location that exists, else null. */
export function findChromium(env = process.env) {
  const candidates = env.CHROMIUM_PATH ? [env.CHROMIUM_PATH, ...CHROMIUM_CANDIDATES] : CHROMIUM_CANDIDATES;
  return candidates.find((path) => existsSync(path)) ?? null;
}

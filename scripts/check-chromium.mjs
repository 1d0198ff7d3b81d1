// Stops the end-to-end run with one sentence when no system Chromium is installed.
import { findChromium } from './chromium-path.mjs';

if (!findChromium()) {
  console.error(
    'No Chromium found for the end-to-end tests: install it with `sudo apt-get install -y chromium` (Debian) or set CHROMIUM_PATH to its executable.',
  );
  process.exit(1);
}

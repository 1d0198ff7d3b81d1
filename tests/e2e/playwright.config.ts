// End-to-end tests of the web edition in the system Chromium, against the production build served locally.
import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { findChromium } from '../../scripts/chromium-path.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PORT = Number(process.env.GLOSE_E2E_PORT ?? 4173);

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: './.artifacts/results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    locale: 'fr-FR',
    viewport: { width: 1360, height: 900 },
    acceptDownloads: true,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: findChromium() ?? undefined,
      // As root in a container Chromium needs --no-sandbox; the rest keeps it from phoning home.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --config renderer/vite.config.ts --port ${PORT} --strictPort`,
    cwd: root,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});

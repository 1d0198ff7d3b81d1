// `npm run bench backup-browser`: the backup bench in the system Chromium, through the built web edition's Settings view:
// 1,000 documents (120 million characters) seeded into IndexedDB, backed up (download), restored (file picker, replace),
// each timed from the click to what the user sees, with the page's peak JS heap (CDP), against reading every table with getAll.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { findChromium } from '../../scripts/chromium-path.mjs';
import { generateRulingText } from './generateRuling';

const DOCUMENTS = Number(process.env.GLOSE_BENCH_DOCS ?? 1000);
const CHARS = Number(process.env.GLOSE_BENCH_CHARS ?? 120_000_000);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });

const executablePath = findChromium();
if (!executablePath) {
  console.log('\nBackup browser bench skipped: no system Chromium (set CHROMIUM_PATH).');
  process.exit(0);
}

const paragraphs = generateRulingText(Math.round(CHARS / DOCUMENTS / 6.8))
  .split('\n')
  .filter((line) => line.trim() !== '');

/** Writes the library behind Dexie's back, one transaction per document, as an import would. */
async function seed(page: Page): Promise<void> {
  await page.evaluate(
    async ({ paragraphs, documents }) => {
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('glose');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (let d = 0; d < documents; d++) {
        const id = `doc-${String(d).padStart(5, '0')}`;
        const tx = database.transaction(['documents', 'blocks', 'annotations'], 'readwrite');
        tx.objectStore('documents').put({ id, title: `CE, juge des référés, n° ${500000 + d}`, kind: 'ruling', sourceFileName: `${id}.txt`, sourceFormat: 'text', language: 'fr', wordCount: 17000, importedAt: 1_700_000_000_000 + d, contentHash: id });
        paragraphs.forEach((text, i) => tx.objectStore('blocks').put({ id: `${id}-b${String(i).padStart(4, '0')}`, docId: id, order: i, type: 'paragraph', text: `${text} [${d}]` }));
        for (let p = 0; p < 10; p++) {
          const blockId = `${id}-b${String(p * 7).padStart(4, '0')}`;
          tx.objectStore('annotations').put({ id: `${id}-p${p}`, docId: id, tagIds: ['tag-urgency'], anchor: { start: { blockId, offset: 0 }, end: { blockId, offset: 40 }, quote: { exact: 'x', prefix: '', suffix: '' }, position: { start: 0, end: 40 } }, status: 'anchored', createdAt: 1, updatedAt: 1 });
        }
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
      }
      database.close();
    },
    { paragraphs, documents: DOCUMENTS },
  );
}

/** Runs `action` while sampling the page's JS heap through CDP; returns seconds and the peak above the start. */
async function sampled(client: CDPSession, action: () => Promise<unknown>): Promise<{ s: number; heapMB: number }> {
  const heap = async () => {
    const { metrics } = await client.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  };
  await client.send('HeapProfiler.collectGarbage');
  const start = await heap();
  let peak = start;
  let running = true;
  const poll = (async () => {
    while (running) {
      peak = Math.max(peak, await heap());
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  const t0 = performance.now();
  await action();
  const s = (performance.now() - t0) / 1000;
  running = false;
  await poll;
  return { s, heapMB: (peak - start) / 1e6 };
}

const dir = await mkdtemp(path.join(os.tmpdir(), 'glose-bench-browser-'));
const port = await freePort();
const preview = spawn(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'preview', '--config', 'renderer/vite.config.ts', '--port', String(port), '--strictPort'], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise<void>((resolve) => preview.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes(String(port)) && resolve()));
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const context = await browser.newContext({ acceptDownloads: true, locale: 'en-GB', viewport: { width: 1360, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`Page error: ${error.message}`));
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.locator('.library-table, .empty').first().waitFor();
  const seedStart = performance.now();
  await seed(page);
  // What writing these records costs IndexedDB itself here: the floor under any restore.
  const seeding = (performance.now() - seedStart) / 1000;
  await page.goto(`http://127.0.0.1:${port}/#/settings`);
  await page.reload();
  await page.getByRole('button', { name: 'Back up the library…' }).waitFor();
  const client = await context.newCDPSession(page);
  await client.send('Performance.enable');
  console.log(`\nBackup bench in Chromium — ${DOCUMENTS.toLocaleString('en')} documents, ${((paragraphs.join('').length * DOCUMENTS) / 1e6).toFixed(0)} million characters (seeded in ${seeding.toFixed(0)} s)`);

  const baseline = await sampled(client, () =>
    page.evaluate(async () => {
      const database = await new Promise<IDBDatabase>((resolve) => {
        const request = indexedDB.open('glose');
        request.onsuccess = () => resolve(request.result);
      });
      const names = Array.from(database.objectStoreNames);
      const tx = database.transaction(names, 'readonly');
      const counts = await Promise.all(names.map((name) => new Promise<number>((resolve) => {
        const request = tx.objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result.length);
      })));
      database.close();
      return counts;
    }),
  );

  const file = path.join(dir, 'library.glose-backup');
  const backup = await sampled(client, async () => {
    const download = page.waitForEvent('download', { timeout: 600_000 });
    await page.getByRole('button', { name: 'Back up the library…' }).click();
    await (await download).saveAs(file);
    await page.getByTestId('notice-success').filter({ hasText: 'Library backed up' }).waitFor({ timeout: 600_000 });
  });
  const size = (await stat(file)).size;

  let check = { s: 0, heapMB: 0 };
  const restore = await sampled(client, async () => {
    check = await sampled(client, async () => {
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Restore from a backup…' }).click();
      await (await chooser).setFiles(file);
      await page.getByRole('dialog', { name: 'Restore from a backup' }).waitFor({ timeout: 600_000 });
    });
    await page.getByRole('dialog').getByRole('button', { name: 'Restore', exact: true }).click();
    await page.getByRole('dialog', { name: 'Backup restored' }).waitFor({ timeout: 600_000 });
  });
  const row = (name: string, run: { s: number; heapMB: number }) =>
    `  ${name.padEnd(46)} ${run.s.toFixed(2).padStart(7)} s   peak JS heap +${run.heapMB.toFixed(0).padStart(5)} MB   ${(run.s / baseline.s).toFixed(2)}× baseline`;
  console.log(`Backup file: ${(size / 1e6).toFixed(0)} MB`);
  console.log(row('backup (click → download saved → notice)', backup));
  console.log(row('restore: check pass (pick → confirmation)', check));
  console.log(row('restore: whole (pick → check → replace → done)', restore));
  console.log(row('baseline: every store read with getAll', baseline));
  console.log(`  second baseline: the same records written with raw IndexedDB puts (the seeding) ${seeding.toFixed(2)} s`);
} finally {
  await browser.close();
  preview.kill();
  await rm(dir, { recursive: true, force: true });
}

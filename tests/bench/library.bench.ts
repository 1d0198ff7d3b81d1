// `npm run bench library`: library start-up with 2,000 documents (50 million characters, 100,000 passages) in the built
// web edition, in the system Chromium, from navigation to the list painted with its passage counts; baselines in the same
// run: the same app opening an empty library, and a bare read of the 2,000 document rows. Then scrolling 5,000 documents:
// frame times while the page scrolls, against idle frames in the same page.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { findChromium } from '../../scripts/chromium-path.mjs';
import { report, type Measure } from './harness';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const DOCUMENTS = 2000;
const PASSAGES_PER_DOCUMENT = 50;
const BLOCKS_PER_DOCUMENT = 10;
const BLOCK_CHARS = 2500;
const SCROLL_DOCUMENTS = 5000;
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

const median = (name: string, times: number[]): Measure => {
  const sorted = [...times].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const medianMs = sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { name, medianMs, runs: times.length };
};
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] as number;

const executablePath = findChromium();
if (!executablePath) {
  console.log('\nLibrary bench skipped: no system Chromium (set CHROMIUM_PATH).');
  process.exit(0);
}

const port = await freePort();
const url = `http://127.0.0.1:${port}/`;
const preview = spawn(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'preview', '--config', 'renderer/vite.config.ts', '--port', String(port), '--strictPort'], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise<void>((resolve) => preview.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes(String(port)) && resolve()));
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });

try {
  await startUp(browser);
  await scrolling(browser);
} finally {
  await browser.close();
  preview.kill();
}

async function newPage(b: Browser): Promise<Page> {
  // Each context has its own IndexedDB: the big library and the empty one never mix.
  const context = await b.newContext({ viewport: { width: 1360, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`Page error: ${error.message}`));
  page.on('crash', () => console.error('The page crashed.'));
  await page.goto(url);
  await page.locator('.library-table, .empty').first().waitFor();
  return page;
}

/** Generates the library inside the page (50 MB never crosses the wire) and writes it in one transaction per 100 documents. */
async function seed(page: Page, documents: number, passagesPerDocument: number, blocksPerDocument: number) {
  await page.evaluate(
    ({ documents, passagesPerDocument, blocksPerDocument, blockChars }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('glose');
        open.onerror = () => reject(open.error);
        open.onsuccess = async () => {
          const db = open.result;
          const courts = ['Conseil d’État', 'Cour de cassation', 'Tribunal administratif de Paris', 'Cour administrative d’appel de Lyon'];
          const words = 'le juge des référés considère que la requête tendant à la suspension du traitement des données de santé hébergées par un prestataire soumis au droit américain ne justifie pas'.split(' ');
          const paragraph = (seed: number) => {
            let text = `${seed}. `;
            for (let w = seed; text.length < blockChars; w++) text += `${words[w % words.length]} `;
            return text.slice(0, blockChars);
          };
          for (let start = 0; start < documents; start += 100) {
            await new Promise<void>((done, fail) => {
              const tx = db.transaction(['documents', 'blocks', 'annotations'], 'readwrite');
              for (let d = start; d < Math.min(documents, start + 100); d++) {
                const id = `bench-${String(d).padStart(5, '0')}`;
                tx.objectStore('documents').put({
                  id,
                  title: `${courts[d % 4]}, ${1 + (d % 28)} mars ${2000 + (d % 25)}, n° ${400000 + d}`,
                  kind: d % 10 === 0 ? 'article' : 'ruling',
                  court: courts[d % 4],
                  date: `${2000 + (d % 25)}-03-${String(1 + (d % 28)).padStart(2, '0')}`,
                  caseNumber: String(400000 + d),
                  sourceFileName: `${id}.txt`,
                  sourceFormat: 'text',
                  language: 'fr',
                  wordCount: blocksPerDocument * 400,
                  importedAt: Date.UTC(2026, 0, 1) + d * 60_000,
                  contentHash: `hash-${id}`,
                });
                for (let b = 0; b < blocksPerDocument; b++) tx.objectStore('blocks').put({ id: `${id}-b${b}`, docId: id, order: b, type: 'paragraph', text: paragraph(d + b), number: String(b + 1) });
                for (let p = 0; p < passagesPerDocument; p++) {
                  const blockId = `${id}-b${p % blocksPerDocument}`;
                  tx.objectStore('annotations').put({
                    id: `${id}-p${p}`,
                    docId: id,
                    tagIds: [`tag-${['cloud-act-risk', 'urgency', 'sovereignty'][p % 3]}`],
                    status: p === 0 && d % 7 === 0 ? 'drifted' : 'anchored',
                    note: '',
                    anchor: { start: { blockId, offset: 10 }, end: { blockId, offset: 60 }, quote: { exact: 'x'.repeat(50), prefix: '', suffix: '' }, position: { start: 10, end: 60 } },
                    createdAt: 1,
                    updatedAt: 1,
                  });
                }
              }
              tx.oncomplete = () => done();
              tx.onerror = () => fail(tx.error);
            });
          }
          db.close();
          resolve();
        };
      }),
    { documents, passagesPerDocument, blocksPerDocument, blockChars: BLOCK_CHARS },
  );
}

/** Reloads and returns the time from navigation start to the frame after the first rows and their passage counts are drawn. */
async function timeToList(page: Page, populated: boolean): Promise<number> {
  await page.reload({ waitUntil: 'domcontentloaded' });
  return page.evaluate(
    (populated) =>
      new Promise<number>((resolve) => {
        const check = () => {
          if (performance.now() > 60_000) throw new Error(`list not drawn after 60 s: ${document.querySelector('main')?.textContent?.slice(0, 200)}`);
          const done = populated
            ? document.querySelector('tr.library-row td.numeric')?.textContent?.match(/^\d/) && document.querySelectorAll('tr.library-row').length > 10
            : document.querySelector('main .empty');
          if (done) requestAnimationFrame(() => resolve(performance.now()));
          else requestAnimationFrame(check);
        };
        check();
      }),
    populated,
  );
}

/** The bare read: every document row from IndexedDB, nothing drawn. */
function readDocuments(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const start = performance.now();
        const open = indexedDB.open('glose');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('documents').objectStore('documents').getAll();
          request.onsuccess = () => {
            const elapsed = performance.now() - start;
            db.close();
            resolve(elapsed);
          };
        };
      }),
  );
}

/** What the library used to do for its counts: read every passage. Shown for scale, not as the baseline. */
function readAllPassages(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const start = performance.now();
        const open = indexedDB.open('glose');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('annotations').objectStore('annotations').getAll();
          request.onsuccess = () => {
            const elapsed = performance.now() - start;
            db.close();
            resolve(elapsed);
          };
        };
      }),
  );
}

async function startUp(b: Browser) {
  const big = await newPage(b);
  const seedStart = Date.now();
  await seed(big, DOCUMENTS, PASSAGES_PER_DOCUMENT, BLOCKS_PER_DOCUMENT);
  console.log(
    `\nLibrary bench — ${DOCUMENTS.toLocaleString('en')} documents, ${(DOCUMENTS * BLOCKS_PER_DOCUMENT * BLOCK_CHARS / 1e6).toFixed(0)} million characters in ${(DOCUMENTS * BLOCKS_PER_DOCUMENT).toLocaleString('en')} blocks, ${(DOCUMENTS * PASSAGES_PER_DOCUMENT).toLocaleString('en')} passages (seeded in ${((Date.now() - seedStart) / 1000).toFixed(1)} s)`,
  );
  const empty = await newPage(b);
  const full: number[] = [];
  const bare: number[] = [];
  const none: number[] = [];
  const scan: number[] = [];
  // Alternated, first round not counted: a machine busy elsewhere slows every figure alike.
  for (let run = 0; run < RUNS + 1; run++) {
    const f = await timeToList(big, true);
    const n = await timeToList(empty, false);
    const r = await readDocuments(big);
    const s = await readAllPassages(big);
    if (process.env.BENCH_VERBOSE) console.log(`  run ${run}: ${f.toFixed(0)} / ${n.toFixed(0)} / ${r.toFixed(0)} / ${s.toFixed(0)} ms`);
    if (run === 0) continue;
    full.push(f);
    none.push(n);
    bare.push(r);
    scan.push(s);
  }
  const startup = median('navigation → 2,000-document list painted with counts', full);
  report('Library start-up (Chromium, web edition; target < 1 s)', startup, median('same app, empty library → its message painted', none));
  report('The data part of start-up', startup, median('bare read of the 2,000 document rows (getAll)', bare), 'ratio includes loading the app');
  const all = median('for scale: reading all 100,000 passages (getAll)', scan);
  console.log(`  ${all.name.padEnd(52)} ${all.medianMs.toFixed(1).padStart(9)} ms  (median of ${all.runs}; what counting by loading would cost)`);
  await big.context().close();
  await empty.context().close();
}

async function scrolling(b: Browser) {
  const page = await newPage(b);
  await seed(page, SCROLL_DOCUMENTS, 0, 1);
  await page.reload();
  await page.locator('tr.library-row').first().waitFor();
  const frames = (scroll: boolean) =>
    page.evaluate(
      (scroll) =>
        new Promise<number[]>((resolve) => {
          window.scrollTo(0, 0);
          const times: number[] = [];
          let last = performance.now();
          const step = () => {
            const now = performance.now();
            times.push(now - last);
            last = now;
            const bottom = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
            if (times.length >= 600 || (scroll && bottom)) return resolve(times.slice(1));
            // About 25 rows per frame: a fast wheel fling, sustained from the top of the list to its end.
            if (scroll) window.scrollBy(0, 1200);
            requestAnimationFrame(step);
          };
          requestAnimationFrame(step);
        }),
      scroll,
    );
  await frames(true); // warm-up
  const scrolled = await frames(true);
  const idle = await frames(false);
  const reached = await page.locator('tr.library-row').last().textContent();
  report(
    `Scrolling ${SCROLL_DOCUMENTS.toLocaleString('en')} documents top to bottom, 1,200 px per frame (${scrolled.length} frames)`,
    median('frame time while scrolling (median)', scrolled),
    median('idle frame time, same page', idle),
  );
  console.log(`  95th percentile while scrolling ${percentile(scrolled, 0.95).toFixed(1)} ms; frames over 50 ms: ${scrolled.filter((t) => t > 50).length}; last row drawn: ${reached?.slice(0, 40)}`);
  await page.context().close();
}

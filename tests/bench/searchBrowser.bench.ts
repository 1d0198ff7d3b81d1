// `npm run bench searchBrowser`: argument retrieval in the built web edition, in the system Chromium's IndexedDB: from choosing a tag
// (11,111 of 100,000 passages, with its two sub-tags) to its count and first screen painted, then to the complete list; baseline in
// the same page: a bare getAll of the passages table. Also the first listing of the tag after an upgrade or a restore, whose
// stored tag lists are then missing and built from the passages.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { findChromium } from '../../scripts/chromium-path.mjs';
import { report, type Measure } from './harness';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const DOCUMENTS = 2000;
const PASSAGES = 100_000;
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
  return { name, medianMs: sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2, runs: sorted.length };
};

const executablePath = findChromium();
if (!executablePath) {
  console.log('\nSearch browser bench skipped: no system Chromium (set CHROMIUM_PATH).');
  process.exit(0);
}
const port = await freePort();
const preview = spawn(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'preview', '--config', 'renderer/vite.config.ts', '--port', String(port), '--strictPort'], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise<void>((resolve) => preview.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes(String(port)) && resolve()));
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await (await browser.newContext({ viewport: { width: 1360, height: 900 } })).newPage();
  page.on('pageerror', (error) => console.error(`Page error: ${error.message}`));
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.locator('.library-table, .empty').first().waitFor();
  await seed(page);
  await page.reload();
  await page.locator('tr.library-row').first().waitFor();
  const first: number[] = [];
  const complete: number[] = [];
  const scan: number[] = [];
  for (let run = 0; run < RUNS + 1; run++) {
    const [f, c] = await chooseTag(page);
    const s = await readAllPassages(page);
    if (run === 0) continue;
    first.push(f);
    complete.push(c);
    scan.push(s);
  }
  // Cold: the tag lists emptied as a restore leaves them (one discarded run first, as above).
  const cold: number[] = [];
  for (let run = 0; run < RUNS + 1; run++) {
    await clearTagLists(page);
    const [, c] = await chooseTag(page);
    if (run > 0) cold.push(c);
  }
  const count = await page.locator('.arguments .search-count').textContent();
  console.log(`\nSearch browser bench — ${DOCUMENTS.toLocaleString('en')} documents, ${PASSAGES.toLocaleString('en')} passages; tag cloudActRisk and its 2 sub-tags: ${count}`);
  const baseline = median('bare getAll of the 100,000 passages', scan);
  report('Arguments by tag, Chromium: count + first screen painted (target < 100 ms)', median('tag chosen → count and first passages painted', first), baseline);
  report('Arguments by tag, Chromium: complete list (exact counts, export enabled)', median('tag chosen → complete list painted', complete), baseline);
  report('Arguments by tag, Chromium: first listing after an upgrade or a restore (tag lists built from the passages)', median('tag chosen → complete list painted, lists built', cold), baseline);
} finally {
  await browser.close();
  preview.kill();
}

/** 2,000 documents with ten short numbered paragraphs, 100,000 passages over the nine default tags and two sub-tags each. */
async function seed(page: Page) {
  await page.evaluate(
    ({ documents, passages }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('glose');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['documents', 'blocks', 'annotations', 'tags'], 'readwrite');
          const store = tx.objectStore('tags');
          const all = store.getAll();
          all.onsuccess = () => {
            const defaults = all.result as Array<{ id: string; color: string }>;
            const tags = defaults.map((t) => t.id);
            for (const parent of defaults) for (const n of [1, 2]) {
              store.put({ id: `${parent.id}-sub${n}`, name: `${parent.id} ${n}`, color: parent.color, parentId: parent.id, order: n });
              tags.push(`${parent.id}-sub${n}`);
            }
            for (let d = 0; d < documents; d++) {
              const id = `doc${String(d).padStart(5, '0')}`;
              tx.objectStore('documents').put({ id, title: `Ruling ${d}`, kind: 'ruling', court: 'Conseil d’État', date: `20${10 + (d % 15)}-${String((d % 12) + 1).padStart(2, '0')}-15`, caseNumber: String(400000 + d), sourceFileName: `${id}.txt`, sourceFormat: 'text', language: 'fr', wordCount: 100, importedAt: d, contentHash: `h${d}` });
              for (let b = 0; b < 10; b++) tx.objectStore('blocks').put({ id: `${id}b${b}`, docId: id, order: b, type: 'paragraph', text: `${b + 1}. Le juge des référés considère que la requête ne justifie pas la suspension du traitement des données de santé.`, number: String(b + 1) });
            }
            for (let i = 0; i < passages; i++) {
              const docId = `doc${String(i % documents).padStart(5, '0')}`;
              const blockId = `${docId}b${(i * 7) % 10}`;
              tx.objectStore('annotations').put({
                id: `p${i}`, docId, tagIds: [tags[i % tags.length]], status: 'anchored', stance: i % 2 ? 'accepted' : 'rejected',
                anchor: { start: { blockId, offset: 0 }, end: { blockId, offset: 20 }, quote: { exact: 'Le juge des référés', prefix: '', suffix: '' }, position: { start: 0, end: 20 } },
                createdAt: i, updatedAt: i,
              });
            }
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { documents: DOCUMENTS, passages: PASSAGES },
  );
}

/** From the hash change to the frame after the count and the first passages are drawn, and to the frame after the complete list. */
async function chooseTag(page: Page): Promise<[number, number]> {
  await page.evaluate(() => (window.location.hash = '#/search?tab=arguments'));
  await page.locator('.arguments .search-message').first().waitFor();
  return page.evaluate(
    () =>
      new Promise<[number, number]>((resolve, reject) => {
        const start = performance.now();
        let first = 0;
        const check = () => {
          if (performance.now() - start > 30_000) return reject(new Error(`not listed after 30 s: ${document.querySelector('main')?.textContent?.slice(0, 300)}`));
          const count = document.querySelector('.arguments .search-count')?.textContent ?? '';
          // Fifteen passages (a screen) with their paragraph numbers, and the count.
          const citations = document.querySelectorAll('.arguments .search-hit-link .citation');
          const drawn = citations.length >= 15 && /(pt|para\.) \d/.test(citations[0]?.textContent ?? '') && /\d/.test(count);
          if (!first && drawn) first = performance.now() - start;
          if (drawn && /(documents\s?:\s?\d)/.test(count)) requestAnimationFrame(() => resolve([first, performance.now() - start]));
          else requestAnimationFrame(check);
        };
        window.location.hash = '#/search?tag=tag-cloud-act-risk';
        requestAnimationFrame(check);
      }),
  );
}

/** Empties the derived tag lists, as a restore does. */
function clearTagLists(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('glose');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('tagLists', 'readwrite');
          tx.objectStore('tagLists').clear();
          tx.oncomplete = () => (db.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

function readAllPassages(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('glose');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const start = performance.now();
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

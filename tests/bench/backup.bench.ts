// `npm run bench backup`: backup and restore of a 1,000-document library (120 million characters) in Node with fake-indexeddb,
// each timed with its peak memory, against reading every table with toArray (the whole library in memory) in the same run.
import 'fake-indexeddb/auto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { performance } from 'node:perf_hooks';
import { DEFAULT_TAGS, type Annotation, type Block, type GloseDocument } from '../../shared/model';
import { writeBackup } from '../../renderer/src/db/backup';
import { inspectBackup, restoreBackup } from '../../renderer/src/db/backupRestore';
import type { BackupSource } from '../../renderer/src/db/backupSource';
import { db } from '../../renderer/src/db/database';
import { generateRulingText } from './generateRuling';

const DOCUMENTS = Number(process.env.GLOSE_BENCH_DOCS ?? 1000);
const CHARS = Number(process.env.GLOSE_BENCH_CHARS ?? 120_000_000);
const PASSAGES_PER_DOC = 10;
const RUNS = Number(process.env.GLOSE_BENCH_RUNS ?? 3);

const perDoc = Math.round(CHARS / DOCUMENTS);
// One ruling of ~perDoc characters, cut into its paragraphs; each document gets its own copy with its number in every paragraph.
const paragraphs = generateRulingText(Math.round(perDoc / 6.8))
  .split('\n')
  .filter((line) => line.trim() !== '');

async function seed(): Promise<number> {
  let chars = 0;
  for (let d = 0; d < DOCUMENTS; d++) {
    const id = `doc-${String(d).padStart(5, '0')}`;
    const blocks: Block[] = paragraphs.map((text, i) => ({ id: `${id}-b${String(i).padStart(4, '0')}`, docId: id, order: i, type: 'paragraph', text: `${text} [${d}]`, number: String(i + 1) }));
    chars += blocks.reduce((sum, b) => sum + b.text.length, 0);
    const document: GloseDocument = {
      id,
      title: `CE, juge des référés, n° ${500000 + d}`,
      kind: 'ruling',
      court: 'Conseil d’État',
      date: '2025-04-25',
      sourceFileName: `${id}.txt`,
      sourceFormat: 'text',
      language: 'fr',
      wordCount: Math.round(perDoc / 6.8),
      importedAt: 1_700_000_000_000 + d,
      contentHash: id,
    };
    const passages: Annotation[] = Array.from({ length: PASSAGES_PER_DOC }, (_, p) => {
      const block = blocks[(p * 7) % blocks.length] as Block;
      return {
        id: `${id}-p${p}`,
        docId: id,
        tagIds: [DEFAULT_TAGS[p % DEFAULT_TAGS.length]!.id],
        anchor: { start: { blockId: block.id, offset: 0 }, end: { blockId: block.id, offset: 40 }, quote: { exact: block.text.slice(0, 40), prefix: '', suffix: block.text.slice(40, 72) }, position: { start: 0, end: 40 } },
        status: 'anchored',
        note: 'Argument décisif sur le transfert des données.',
        createdAt: 1_700_000_000_000,
        updatedAt: 1_700_000_000_000 + p,
      };
    });
    await db.transaction('rw', db.documents, db.blocks, db.annotations, async () => {
      await db.documents.add(document);
      await db.blocks.bulkAdd(blocks);
      await db.annotations.bulkAdd(passages);
    });
  }
  return chars;
}

interface Run {
  ms: number;
  /** Peak over the run, above what was in use when it started. */
  heapMB: number;
  rssMB: number;
}

/** Runs `fn` once, sampling memory every 25 ms; a GC first, so each run starts from the same floor. */
async function sampled(fn: () => Promise<unknown>): Promise<Run> {
  (globalThis as { gc?: () => void }).gc?.();
  const start = process.memoryUsage();
  let heap = start.heapUsed;
  let rss = start.rss;
  const timer = setInterval(() => {
    const now = process.memoryUsage();
    heap = Math.max(heap, now.heapUsed);
    rss = Math.max(rss, now.rss);
  }, 25);
  const t0 = performance.now();
  await fn();
  const ms = performance.now() - t0;
  clearInterval(timer);
  const end = process.memoryUsage();
  heap = Math.max(heap, end.heapUsed);
  rss = Math.max(rss, end.rss);
  return { ms, heapMB: (heap - start.heapUsed) / 1e6, rssMB: (rss - start.rss) / 1e6 };
}

async function median(name: string, fn: () => Promise<unknown>, before?: () => Promise<unknown>): Promise<Run & { name: string }> {
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    await before?.();
    runs.push(await sampled(fn));
  }
  const pick = (key: keyof Run) => [...runs].sort((a, b) => a[key] - b[key])[Math.floor(runs.length / 2)]![key];
  return { name, ms: pick('ms'), heapMB: pick('heapMB'), rssMB: pick('rssMB') };
}

function line(run: Run & { name: string }, baseline?: Run): string {
  const ratio = baseline ? `  ${(run.ms / baseline.ms).toFixed(2)}× time` : '';
  return `  ${run.name.padEnd(44)} ${(run.ms / 1000).toFixed(2).padStart(7)} s   peak +${run.heapMB.toFixed(0).padStart(5)} MB heap  +${run.rssMB.toFixed(0).padStart(5)} MB RSS${ratio}`;
}

const dir = await mkdtemp(path.join(os.tmpdir(), 'glose-bench-backup-'));
const file = path.join(dir, 'library.glose-backup');
try {
  await db.open();
  const seedStart = performance.now();
  const chars = await seed();
  console.log(`Glose bench — backup: ${DOCUMENTS.toLocaleString('en')} documents, ${(chars / 1e6).toFixed(1)} million characters in blocks, ${(await db.blocks.count()).toLocaleString('en')} blocks, ${(await db.annotations.count()).toLocaleString('en')} passages (seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s), ${RUNS} runs each, medians`);

  const baseline = await median('baseline: every table read with toArray', async () => {
    const all = await Promise.all(db.tables.map((table) => table.toArray()));
    return all.length;
  });
  const backup = await median('backup (pages → file on disk)', async () => {
    const out = createWriteStream(file);
    await writeBackup(db, { write: (text) => new Promise<void>((resolve, reject) => out.write(text, (error) => (error ? reject(error) : resolve()))) }, { app: 'bench', now: new Date() });
    await new Promise<void>((resolve) => out.end(resolve));
  });
  const size = (await stat(file)).size;
  const source: BackupSource = { name: 'library.glose-backup', size, open: () => Readable.toWeb(createReadStream(file, { highWaterMark: 1 << 20 })) as ReadableStream<Uint8Array> };
  const check = await median('restore, check pass alone (reads, no writes)', () => inspectBackup(db, source));
  const restore = await median('restore over the library (check + write)', async () => {
    await restoreBackup(db, source, 'replace', await inspectBackup(db, source));
  });
  // Into an emptied library: the transaction then holds no old rows to roll back to.
  const restoreEmpty = await median(
    'restore into an emptied library',
    async () => {
      await restoreBackup(db, source, 'replace', await inspectBackup(db, source));
    },
    () => db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear()))),
  );
  console.log(`\nBackup file: ${(size / 1e6).toFixed(0)} MB`);
  console.log(line(backup, baseline));
  console.log(line(check, baseline));
  console.log(line(restore, baseline));
  console.log(line(restoreEmpty, baseline));
  console.log(line(baseline));
  console.log('  (memory: peak above the start of the run. fake-indexeddb keeps the library, and within the one restore');
  console.log('   transaction the rows it would roll back to, in this same heap; a browser keeps them on disk)');
} finally {
  await rm(dir, { recursive: true, force: true });
}

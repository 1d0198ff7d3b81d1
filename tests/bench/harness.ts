// A small benchmark harness: median of several runs, with the ratio to a baseline measured in the same run.
import { performance } from 'node:perf_hooks';

export interface Measure {
  name: string;
  medianMs: number;
  runs: number;
}

export async function measure(name: string, runs: number, fn: () => unknown): Promise<Measure> {
  await fn(); // warm-up: JIT and caches, not counted
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  const medianMs = times.length % 2 ? (times[mid] as number) : ((times[mid - 1] as number) + (times[mid] as number)) / 2;
  return { name, medianMs, runs };
}

export function report(title: string, subject: Measure, baseline: Measure, note = ''): void {
  const ratio = subject.medianMs / baseline.medianMs;
  console.log(`\n${title}${note ? ` (${note})` : ''}`);
  console.log(`  ${subject.name.padEnd(52)} ${subject.medianMs.toFixed(1).padStart(9)} ms  (median of ${subject.runs})`);
  console.log(`  ${`baseline: ${baseline.name}`.padEnd(52)} ${baseline.medianMs.toFixed(1).padStart(9)} ms  (median of ${baseline.runs})`);
  console.log(`  ratio ${ratio.toFixed(2)}×`);
}

/**
 * Measures two functions in alternation (A B B A A B …) after one warm-up each, so that a
 * machine busy with other work slows both alike and their ratio stays meaningful.
 */
export async function measureInterleaved(
  a: { name: string; fn: () => unknown },
  b: { name: string; fn: () => unknown },
  runs: number,
): Promise<[Measure, Measure]> {
  await a.fn();
  await b.fn();
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? [0, 1] : [1, 0];
    for (const which of order) {
      const start = performance.now();
      await (which === 0 ? a : b).fn();
      times[which as 0 | 1].push(performance.now() - start);
    }
  }
  const median = (values: number[]) => {
    const sorted = [...values].sort((x, y) => x - y);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  };
  return [
    { name: a.name, medianMs: median(times[0]), runs },
    { name: b.name, medianMs: median(times[1]), runs },
  ];
}

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

// Runs a comparison in a Web Worker: progress while it works, the result, cancel (terminate) and run again.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CompareParagraph, CompareProgress, Comparison } from '../../../shared/compare';
import type { Block } from '../../../shared/model';
import type { CompareRequest, CompareResponse } from './workerProtocol';

export type ComparisonState =
  | { status: 'idle' }
  | { status: 'running'; progress: CompareProgress | null }
  | { status: 'done'; comparison: Comparison }
  | { status: 'cancelled' }
  | { status: 'error'; message: string };

export function toParagraphs(blocks: readonly Block[]): CompareParagraph[] {
  return blocks.map((block) => ({ id: block.id, text: block.text, ...(block.number ? { number: block.number } : {}) }));
}

/** Share of the work done, 0–100: aligning is quick, pairing and word diff share the rest. */
export function percentOf(progress: CompareProgress | null): number {
  if (!progress) return 0;
  const within = progress.total > 0 ? progress.done / progress.total : 1;
  const [from, span] = progress.phase === 'aligning' ? [0, 10] : progress.phase === 'pairing' ? [10, 50] : [60, 40];
  return Math.min(100, Math.round(from + span * within));
}

/** Compares the two block lists whenever they are given (both in reading order); null while they load. */
export function useComparison(blocksA: readonly Block[] | undefined, blocksB: readonly Block[] | undefined) {
  const [state, setState] = useState<ComparisonState>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);
  const requestId = useRef(0);
  const [runs, setRuns] = useState(0);

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);

  useEffect(() => {
    if (!blocksA || !blocksB) return;
    const id = ++requestId.current;
    const current = new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' });
    worker.current = current;
    setState({ status: 'running', progress: null });
    current.onmessage = (event: MessageEvent<CompareResponse>) => {
      const message = event.data;
      if (message.id !== requestId.current) return;
      if (message.type === 'progress') setState({ status: 'running', progress: message.progress });
      else {
        setState(message.type === 'done' ? { status: 'done', comparison: message.comparison } : { status: 'error', message: message.message });
        current.terminate();
        if (worker.current === current) worker.current = null;
      }
    };
    current.onerror = (event) => {
      event.preventDefault();
      setState({ status: 'error', message: event.message || 'worker error' });
      current.terminate();
    };
    const request: CompareRequest = { id, a: toParagraphs(blocksA), b: toParagraphs(blocksB) };
    current.postMessage(request);
    return () => {
      current.terminate();
      if (worker.current === current) worker.current = null;
    };
  }, [blocksA, blocksB, runs]);

  const cancel = useCallback(() => {
    stop();
    requestId.current++;
    setState({ status: 'cancelled' });
  }, [stop]);
  const restart = useCallback(() => setRuns((n) => n + 1), []);
  return { state, cancel, restart };
}

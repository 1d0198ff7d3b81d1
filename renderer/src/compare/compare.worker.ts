// The comparison engine off the interface's thread: one request in, progress and the result out.
import { alignDecisions } from '../../../shared/compare';
import type { CompareRequest, CompareResponse } from './workerProtocol';

/** The worker's global, typed by what is used: the DOM lib types `self` as a window. */
const scope = self as unknown as { onmessage: ((event: MessageEvent<CompareRequest>) => void) | null; postMessage: (message: CompareResponse) => void };

/** Progress at most this often: a message per hunk would flood the interface. */
const PROGRESS_INTERVAL_MS = 50;

scope.onmessage = (event) => {
  const { id, a, b } = event.data;
  let last = 0;
  try {
    const comparison = alignDecisions(a, b, {
      onProgress: (progress) => {
        const now = performance.now();
        if (now - last < PROGRESS_INTERVAL_MS) return;
        last = now;
        scope.postMessage({ type: 'progress', id, progress });
      },
    });
    scope.postMessage({ type: 'done', id, comparison });
  } catch (error) {
    scope.postMessage({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
  }
};

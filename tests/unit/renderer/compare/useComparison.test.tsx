// @vitest-environment jsdom
// The comparison's worker as the interface drives it: the request, progress, the result, cancel (terminate) and run again.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Block } from '../../../../shared/model';
import { percentOf, useComparison, type ComparisonState } from '../../../../renderer/src/compare/useComparison';
import type { CompareRequest, CompareResponse } from '../../../../renderer/src/compare/workerProtocol';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Stands in for the browser's Worker: records what it is sent and whether it was terminated. */
class FakeWorker {
  static all: FakeWorker[] = [];
  onmessage: ((event: MessageEvent<CompareResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  sent: CompareRequest[] = [];
  terminated = false;
  constructor(readonly url: URL, readonly options: WorkerOptions) {
    FakeWorker.all.push(this);
  }
  postMessage(request: CompareRequest) {
    this.sent.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  reply(message: CompareResponse) {
    act(() => this.onmessage?.({ data: message } as MessageEvent<CompareResponse>));
  }
}

const block = (id: string, text: string, order: number): Block => ({ id, docId: 'd', order, type: 'paragraph', text });
const A = [block('a1', '1. Premier point.', 0)];
const B = [block('b1', '1. Premier point modifié.', 0)];

let root: Root;
let latest: ReturnType<typeof useComparison> | null = null;
function Probe({ a, b }: { a: readonly Block[]; b: readonly Block[] }) {
  latest = useComparison(a, b);
  return null;
}
const state = (): ComparisonState => latest!.state;

beforeEach(() => {
  FakeWorker.all = [];
  (globalThis as { Worker?: unknown }).Worker = FakeWorker;
  root = createRoot(document.createElement('div'));
  act(() => root.render(<Probe a={A} b={B} />));
});
afterEach(() => act(() => root.unmount()));

describe('useComparison', () => {
  it('sends both documents’ paragraphs to a module worker and shows its progress, then its result', () => {
    const [worker] = FakeWorker.all;
    expect(worker?.options).toEqual({ type: 'module' });
    expect(worker?.url.pathname).toMatch(/compare\.worker\.ts$/);
    expect(worker?.sent[0]).toMatchObject({ a: [{ id: 'a1', text: '1. Premier point.' }], b: [{ id: 'b1', text: '1. Premier point modifié.' }] });
    const id = worker!.sent[0]!.id;
    worker!.reply({ type: 'progress', id, progress: { phase: 'pairing', done: 1, total: 2 } });
    expect(state()).toEqual({ status: 'running', progress: { phase: 'pairing', done: 1, total: 2 } });
    expect(percentOf({ phase: 'pairing', done: 1, total: 2 })).toBe(35);
    const comparison = { rows: [], summary: { identical: 0, renumbered: 0, changed: 1, added: 0, removed: 0, moved: 0, wordsAdded: 1, wordsRemoved: 0 } };
    worker!.reply({ type: 'done', id, comparison });
    expect(state()).toEqual({ status: 'done', comparison });
    expect(worker!.terminated).toBe(true);
  });

  it('cancels by terminating the worker, ignores what it said too late, and runs again on request', () => {
    const [first] = FakeWorker.all;
    act(() => latest!.cancel());
    expect(first!.terminated).toBe(true);
    expect(state()).toEqual({ status: 'cancelled' });
    first!.reply({ type: 'progress', id: first!.sent[0]!.id, progress: { phase: 'diffing', done: 1, total: 1 } });
    expect(state()).toEqual({ status: 'cancelled' });

    act(() => latest!.restart());
    expect(FakeWorker.all).toHaveLength(2);
    expect(state()).toEqual({ status: 'running', progress: null });
  });

  it('reports a failure in words', () => {
    const [worker] = FakeWorker.all;
    worker!.reply({ type: 'error', id: worker!.sent[0]!.id, message: 'out of memory' });
    expect(state()).toEqual({ status: 'error', message: 'out of memory' });
  });
});

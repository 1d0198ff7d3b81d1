// The messages between the comparison worker and the interface.
import type { CompareParagraph, CompareProgress, Comparison } from '../../../shared/compare';

export interface CompareRequest {
  id: number;
  a: CompareParagraph[];
  b: CompareParagraph[];
}

export type CompareResponse =
  | { type: 'progress'; id: number; progress: CompareProgress }
  | { type: 'done'; id: number; comparison: Comparison }
  | { type: 'error'; id: number; message: string };

// The figures at the top of a comparison: paragraphs identical, changed, added, removed, moved; words added and removed.
import { countWords } from './tokens';
import type { AlignedRow, CompareSummary } from './types';
import { diffWordCounts } from './wordDiff';

export function summarise(rows: readonly AlignedRow[], bodyA: (index: number) => string, bodyB: (index: number) => string): CompareSummary {
  const summary: CompareSummary = { identical: 0, renumbered: 0, changed: 0, added: 0, removed: 0, moved: 0, wordsAdded: 0, wordsRemoved: 0 };
  const addDiff = (diff: Parameters<typeof diffWordCounts>[0]) => {
    const counts = diffWordCounts(diff);
    summary.wordsAdded += counts.added;
    summary.wordsRemoved += counts.removed;
  };
  for (const row of rows) {
    switch (row.kind) {
      case 'identical':
        summary.identical++;
        if (row.renumbered) summary.renumbered++;
        break;
      case 'changed':
        summary.changed++;
        addDiff(row.diff);
        break;
      case 'added':
        summary.added++;
        summary.wordsAdded += countWords(bodyB(row.b));
        break;
      case 'removed':
        summary.removed++;
        summary.wordsRemoved += countWords(bodyA(row.a));
        break;
      case 'movedIn':
        summary.moved++;
        if (row.diff) addDiff(row.diff);
        break;
      case 'movedOut':
        break;
    }
  }
  return summary;
}

// The text view as a redline of B over A: for each row, the paragraphs with their pieces kept, inserted and deleted.
import type { Block } from '../model';
import { splitNumber } from './paragraphText';
import type { AlignedRow, DiffPart } from './types';

/** One paragraph of the redline: pieces of text, each kept, inserted or deleted, and an optional remark. */
export interface RedlineParagraph {
  parts: DiffPart[];
  /** `moved to pt 8`, `renumbered 7 → 8`: said in words by the exporter. */
  remark?: { kind: 'movedTo' | 'movedFrom' | 'renumbered'; from?: string; to?: string };
  /**
   * The paragraph break after this one is new in B (a paragraph split: `inserted`) or was in A only
   * (two paragraphs merged: `deleted`). Word tracks it as a revision of the paragraph mark.
   */
  end?: 'inserted' | 'deleted';
}

const label = (block: Block | undefined, index: number) => block?.number ?? splitNumber(block?.text ?? '').number ?? `§${index + 1}`;

/**
 * Splits diff parts at paragraph breaks (a split or merged paragraph), so each piece becomes a paragraph
 * of its own with its own changes; the break itself is remembered as inserted or deleted.
 */
function byParagraph(parts: readonly DiffPart[], prefix: DiffPart[]): RedlineParagraph[] {
  const out: RedlineParagraph[] = [{ parts: [...prefix] }];
  for (const part of parts) {
    const pieces = part.text.split('\n');
    pieces.forEach((piece, i) => {
      if (i > 0) {
        const last = out.at(-1) as RedlineParagraph;
        if (part.op !== 'equal') last.end = part.op === 'insert' ? 'inserted' : 'deleted';
        out.push({ parts: [] });
      }
      if (piece !== '') (out.at(-1) as RedlineParagraph).parts.push({ op: part.op, text: piece });
    });
  }
  return out.filter((p) => p.parts.length > 0);
}

/** The number in front of a changed paragraph: kept, or struck and replaced when it was renumbered. */
function numberParts(before: string, after: string): DiffPart[] {
  if (before === after) return after ? [{ op: 'equal', text: after }] : [];
  return [...(before ? [{ op: 'delete' as const, text: before }] : []), ...(after ? [{ op: 'insert' as const, text: after }] : [])];
}

export function redline(rows: readonly AlignedRow[], blocksA: readonly Block[], blocksB: readonly Block[]): RedlineParagraph[] {
  const textA = (i: number) => blocksA[i]?.text ?? '';
  const textB = (j: number) => blocksB[j]?.text ?? '';
  const out: RedlineParagraph[] = [];
  for (const row of rows) {
    switch (row.kind) {
      case 'identical':
        out.push({
          parts: [{ op: 'equal', text: textB(row.b) }],
          ...(row.renumbered ? { remark: { kind: 'renumbered' as const, from: label(blocksA[row.a], row.a), to: label(blocksB[row.b], row.b) } } : {}),
        });
        break;
      case 'removed':
        out.push({ parts: [{ op: 'delete', text: textA(row.a) }] });
        break;
      case 'added':
        out.push({ parts: [{ op: 'insert', text: textB(row.b) }] });
        break;
      case 'movedOut':
        out.push({ parts: [{ op: 'delete', text: textA(row.a) }], remark: { kind: 'movedTo', to: label(blocksB[row.to], row.to) } });
        break;
      case 'movedIn': {
        const remark = { kind: 'movedFrom' as const, from: label(blocksA[row.from], row.from) };
        if (!row.diff) out.push({ parts: [{ op: 'equal', text: textB(row.b) }], remark });
        else {
          const prefix = numberParts(splitNumber(textA(row.from)).prefix, splitNumber(textB(row.b)).prefix);
          for (const paragraph of byParagraph(row.diff, prefix)) out.push({ ...paragraph, remark });
        }
        break;
      }
      case 'changed': {
        const prefix = numberParts(splitNumber(textA(row.a[0] as number)).prefix, splitNumber(textB(row.b[0] as number)).prefix);
        out.push(...byParagraph(row.diff, prefix));
        break;
      }
    }
  }
  return out;
}

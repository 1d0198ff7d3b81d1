// Turns a selection (two BlockPoints, in either order) into a stored Anchor: points, quote and position.
import type { Anchor, BlockPoint, TextQuote } from '../model';
import { toTextIndex, type TextIndex, type TextSource } from './textIndex';

/** W3C TextQuoteSelector context length; Hypothesis uses the same 32 characters. */
export const CONTEXT_LENGTH = 32;

export function anchorPassage(source: TextSource, a: BlockPoint, b: BlockPoint): Anchor {
  const index = toTextIndex(source);
  const offsetA = globalOffset(index, a);
  const offsetB = globalOffset(index, b);
  // A selection made from right to left arrives with its focus before its anchor.
  const [from, to] = offsetA <= offsetB ? [offsetA, offsetB] : [offsetB, offsetA];
  // Normalise through pointAt so a selection starting at the very end of a paragraph
  // starts at the next one: the stored points, position and quote then all agree.
  const start = index.pointAt(from, 'start');
  const end = index.pointAt(to, 'end');
  const startOffset = index.offsetOf(start)!;
  const endOffset = index.offsetOf(end)!;
  if (endOffset <= startOffset) throw new Error('Cannot anchor an empty passage: the selection holds no text.');
  return {
    start,
    end,
    quote: quoteAt(index.text, startOffset, endOffset),
    position: { start: startOffset, end: endOffset },
  };
}

/** The quote selector for text[start, end), with up to CONTEXT_LENGTH characters either side. */
export function quoteAt(text: string, start: number, end: number): TextQuote {
  return {
    exact: text.slice(start, end),
    prefix: withoutBrokenSurrogates(text.slice(Math.max(0, start - CONTEXT_LENGTH), start)),
    suffix: withoutBrokenSurrogates(text.slice(end, end + CONTEXT_LENGTH)),
  };
}

function globalOffset(index: TextIndex, point: BlockPoint): number {
  const offset = index.offsetOf(point, true);
  if (offset === undefined) throw new Error(`Cannot anchor a passage in block "${point.blockId}": no such block in this document.`);
  return offset;
}

/** A 32-unit cut can halve an emoji or a rare CJK character; drop the orphaned half. */
function withoutBrokenSurrogates(context: string): string {
  let result = context;
  if (/^[\uDC00-\uDFFF]/.test(result)) result = result.slice(1);
  if (/[\uD800-\uDBFF]$/.test(result)) result = result.slice(0, -1);
  return result;
}

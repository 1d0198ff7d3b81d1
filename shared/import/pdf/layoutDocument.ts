// Pages of positioned text → blocks: reading order per page, furniture removed, paragraphs rebuilt.
import type { DraftBlock } from '../../model';
import { removePageFurniture } from './furniture';
import type { PageSegments } from './layoutTypes';
import { linesToBlocks } from './paragraphs';
import { documentFrame, orderPage, type FlowCounter } from './readingOrder';

/**
 * The blocks of a document from the text of its pages, whether read from a PDF text layer or
 * recognised by OCR. Paragraphs run on across page breaks; each block keeps its first page.
 */
export function layoutDocument(pages: readonly PageSegments[]): DraftBlock[] {
  const frame = documentFrame(pages);
  const flows: FlowCounter = { next: 0 };
  const ordered = pages.map((page) => orderPage(page, flows, frame));
  return linesToBlocks(removePageFurniture(ordered).flat());
}

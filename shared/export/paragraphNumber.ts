// Which legal paragraph number ("pt 7") a passage is cited by.
import { sortedBlocks } from '../anchor';
import type { Annotation, Block } from '../model';

/**
 * The number that applies to each block: its own, or else that of the nearest numbered block
 * before it in the same section, because a point of a ruling often runs over several blocks
 * (a quoted statute, a list of claims) and only its first carries the number. A heading or a
 * new section ends the run, so the header, the procedure and the operative part never borrow
 * the number of a reasoning point.
 */
export function paragraphNumbers(blocks: readonly Block[]): Map<string, string> {
  const numbers = new Map<string, string>();
  let current: string | undefined;
  let section: Block['section'];
  for (const block of sortedBlocks(blocks)) {
    if (block.section !== section) current = undefined;
    section = block.section;
    const own = block.number?.trim();
    if (own) current = own;
    else if (block.type === 'heading') current = undefined;
    if (current) numbers.set(block.id, current);
  }
  return numbers;
}

/** A passage is cited by the paragraph in which it starts. */
export function passageParagraph(passage: Annotation, numbers: ReadonlyMap<string, string>): string | undefined {
  return numbers.get(passage.anchor.start.blockId);
}

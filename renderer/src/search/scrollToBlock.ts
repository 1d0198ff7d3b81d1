// Brings a paragraph into view in the reader and flashes it, for a search result opened at its paragraph.
import { scrollIntoViewSettled } from '../reader/scrollToPassage';

export { blockIdFromHash } from './searchRoute';

export async function scrollToBlock(root: ParentNode, blockId: string): Promise<boolean> {
  // The reader draws its text a moment after its data arrives: wait for the paragraph to exist.
  let element: HTMLElement | null = null;
  for (let i = 0; i < 40 && !element; i++) {
    element = root.querySelector<HTMLElement>(`[data-block-id="${CSS.escape(blockId)}"]`);
    if (!element) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (!element) return false;
  await scrollIntoViewSettled(element);
  element.classList.remove('block-flash');
  void element.offsetWidth;
  element.classList.add('block-flash');
  return true;
}

// Reads the reader's selection as text and starting block, for Copy with citation.
export interface ReaderSelection {
  text: string;
  startBlockId: string;
}

/** The selection, if it lies inside the reader's text; null for no selection or one elsewhere on the page. */
export function readerSelection(root: Element | null, selection: Selection | null): ReaderSelection | null {
  if (!root || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const start = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
  // A selection that starts between paragraphs belongs to the first paragraph it covers.
  let block = start?.closest('[data-block-id]') ?? null;
  if (!block) block = Array.from(root.querySelectorAll('[data-block-id]')).find((candidate) => range.intersectsNode(candidate)) ?? null;
  const blockId = block instanceof HTMLElement ? block.dataset.blockId : undefined;
  const text = selection.toString();
  return blockId && text.trim() ? { text, startBlockId: blockId } : null;
}

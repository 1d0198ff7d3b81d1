// Follows the reader's DOM selection and reports it as block points, ready to become a passage.
// Read from the DOM itself: each paragraph is one text node drawing its marks inside its element (see
// BlockTextNode), so the offset in a block is the length of the paragraph's text before the DOM point.
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { BlockPoint } from '../../../../shared/model';

export interface SelectedRange {
  start: BlockPoint;
  end: BlockPoint;
}

const PARAGRAPH = '[data-block-id]';

/** A DOM point (a node and an offset in it, as a Selection gives them) as a block id and an offset in that block's text. */
export function blockPointFromDom(root: HTMLElement, node: Node, offset: number): BlockPoint | null {
  const element = node instanceof Element ? node : node.parentElement;
  let paragraph = element?.closest<HTMLElement>(PARAGRAPH) ?? null;
  if (!paragraph || !root.contains(paragraph)) {
    if (node !== root) return null;
    // Between paragraphs: the start of the next one, or the end of the last.
    const paragraphs = root.querySelectorAll<HTMLElement>(PARAGRAPH);
    const next = Array.from(root.childNodes).slice(offset).find((child): child is HTMLElement => child instanceof HTMLElement && child.matches(PARAGRAPH));
    paragraph = next ?? paragraphs[paragraphs.length - 1] ?? null;
    if (!paragraph) return null;
    const blockId = paragraph.dataset.blockId ?? '';
    return next ? { blockId, offset: 0 } : { blockId, offset: paragraph.textContent?.length ?? 0 };
  }
  const before = document.createRange();
  before.setStart(paragraph, 0);
  before.setEnd(node, offset);
  return { blockId: paragraph.dataset.blockId ?? '', offset: before.toString().length };
}

export function SelectionToPassagePlugin({ onChange }: { onChange: (range: SelectedRange | null) => void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const handler = () => {
      const dom = window.getSelection();
      const root = editor.getRootElement();
      if (!dom || dom.rangeCount === 0 || dom.isCollapsed || !root || !dom.anchorNode || !dom.focusNode || !root.contains(dom.anchorNode) || !root.contains(dom.focusNode)) {
        onChange(null);
        return;
      }
      const anchor = blockPointFromDom(root, dom.anchorNode, dom.anchorOffset);
      const focus = blockPointFromDom(root, dom.focusNode, dom.focusOffset);
      onChange(anchor && focus ? { start: anchor, end: focus } : null);
    };
    document.addEventListener('selectionchange', handler);
    return () => document.removeEventListener('selectionchange', handler);
  }, [editor, onChange]);
  return null;
}

// Follows the reader's DOM selection and reports it as block points, ready to become a passage.
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createRangeSelectionFromDom, $isElementNode, $isTextNode, type LexicalNode, type PointType } from 'lexical';
import type { BlockPoint } from '../../../../shared/model';
import { $isBlockParagraphNode } from '../nodes';

export interface SelectedRange {
  start: BlockPoint;
  end: BlockPoint;
}

/** Converts a Lexical point (text or element) into a block id and an offset in that block's text. */
function $toBlockPoint(point: PointType): BlockPoint | null {
  let node: LexicalNode = point.getNode();
  let offset = point.offset;
  if (point.type === 'element' && $isElementNode(node)) {
    // An element point sits between children: turn it into the start of the next text, or the end of the last.
    const next = node.getChildAtIndex(offset);
    if (next) {
      const first = $isElementNode(next) ? next.getFirstDescendant() : next;
      if (first) {
        node = first;
        offset = 0;
      }
    } else {
      const last = node.getLastDescendant();
      if (last) {
        node = last;
        offset = last.getTextContentSize();
      }
    }
  }
  const paragraph = $isBlockParagraphNode(node) ? node : node.getTopLevelElement();
  if (!$isBlockParagraphNode(paragraph)) return null;
  if (node === paragraph) return { blockId: paragraph.getBlockId(), offset: 0 };
  let before = 0;
  for (const text of paragraph.getAllTextNodes()) {
    if (text.is(node)) break;
    before += text.getTextContentSize();
  }
  return { blockId: paragraph.getBlockId(), offset: before + ($isTextNode(node) ? offset : 0) };
}

export function SelectionToPassagePlugin({ onChange }: { onChange: (range: SelectedRange | null) => void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const handler = () => {
      const dom = window.getSelection();
      const root = editor.getRootElement();
      if (!dom || dom.rangeCount === 0 || dom.isCollapsed || !root || !root.contains(dom.anchorNode) || !root.contains(dom.focusNode)) {
        onChange(null);
        return;
      }
      let range: SelectedRange | null = null;
      editor.read(() => {
        const selection = $createRangeSelectionFromDom(dom, editor);
        if (!selection) return;
        const anchor = $toBlockPoint(selection.anchor);
        const focus = $toBlockPoint(selection.focus);
        if (anchor && focus) range = { start: anchor, end: focus };
      });
      onChange(range);
    };
    document.addEventListener('selectionchange', handler);
    return () => document.removeEventListener('selectionchange', handler);
  }, [editor, onChange]);
  return null;
}

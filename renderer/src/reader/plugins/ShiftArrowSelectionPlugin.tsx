// Caret browsing for the read-only text: Shift+arrows extend the selection (Ctrl for whole words), so tagging needs no mouse.
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';

const DIRECTIONS: Record<string, ['forward' | 'backward', 'character' | 'line']> = {
  ArrowRight: ['forward', 'character'],
  ArrowLeft: ['backward', 'character'],
  ArrowDown: ['forward', 'line'],
  ArrowUp: ['backward', 'line'],
};

/** With no caret in the text yet, start at the first paragraph on screen. */
function placeCaret(root: HTMLElement, selection: Selection): void {
  const paragraphs = Array.from(root.querySelectorAll<HTMLElement>('[data-block-id]'));
  const visible = paragraphs.find((p) => p.getBoundingClientRect().bottom > 0) ?? paragraphs[0];
  if (!visible) return;
  const walker = document.createTreeWalker(visible, NodeFilter.SHOW_TEXT);
  const first = walker.nextNode();
  if (first) selection.collapse(first, 0);
}

export function ShiftArrowSelectionPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const root = editor.getRootElement();
    if (!root) return;
    const handler = (event: KeyboardEvent) => {
      const move = DIRECTIONS[event.key];
      if (!move || !event.shiftKey || event.altKey || event.metaKey) return;
      const selection = window.getSelection();
      if (!selection) return;
      if (selection.rangeCount === 0 || !root.contains(selection.focusNode)) placeCaret(root, selection);
      event.preventDefault();
      const [direction, unit] = move;
      selection.modify('extend', direction, event.ctrlKey && unit === 'character' ? 'word' : unit);
    };
    root.addEventListener('keydown', handler);
    return () => root.removeEventListener('keydown', handler);
  }, [editor]);
  return null;
}

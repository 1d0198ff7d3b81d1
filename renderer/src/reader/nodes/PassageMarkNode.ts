// A passage mark that carries its passage ids and palette from the moment its element is made: opening a ruling
// creates some 1,300 marks, and patching each one afterwards from a mutation listener cost a second pass over them.
import { MarkNode } from '@lexical/mark';
import type { EditorConfig, LexicalEditor, LexicalNode } from 'lexical';
import { paintMark } from '../markColours';

export class PassageMarkNode extends MarkNode {
  override $config() {
    return this.config('glose-passage-mark', { extends: MarkNode });
  }

  override createDOM(config: EditorConfig, editor?: LexicalEditor): HTMLElement {
    // MarkNode's own createDOM, flattened: one className and plain attributes, as it runs for every mark at once.
    const element = document.createElement('mark');
    const { mark, markOverlap } = config.theme;
    element.className = [mark, this.__ids.length > 1 ? markOverlap : undefined].filter(Boolean).join(' ');
    element.setAttribute('data-passage-ids', this.__ids.join(' '));
    if (editor) paintMark(editor, element);
    return element;
  }

  override updateDOM(prevNode: this, element: HTMLElement, config: EditorConfig): boolean {
    // Other passages, other colours: a new element is drawn (the reader draws new marks rather than renaming old ones).
    return super.updateDOM(prevNode, element, config) || prevNode.__ids.join(' ') !== this.__ids.join(' ');
  }
}

export function $createPassageMarkNode(ids: readonly string[]): PassageMarkNode {
  return new PassageMarkNode(ids);
}

export function $isPassageMarkNode(node: LexicalNode | null | undefined): node is PassageMarkNode {
  return node instanceof PassageMarkNode;
}

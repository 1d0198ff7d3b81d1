// A paragraph's whole text as one Lexical text node that draws its passage marks inside its own element:
// <span> holding plain text and <mark data-passage-ids> runs. Opening a ruling draws some 1,300 marks in 700
// paragraphs; as one Lexical node per fragment that was 3,200 nodes to create and reconcile, as this 700.
// The reader is read-only: Lexical never edits this text, and selections are read from the DOM (see
// SelectionToPassagePlugin), so Lexical's own notion of an offset inside it is never used.
import { $getEditor, TextNode, type EditorConfig, type LexicalEditor, type LexicalNode, type NodeKey } from 'lexical';
import type { Fragment } from '../../../../shared/anchor/passageFragments';
import { paintMark } from '../markColours';

const NO_FRAGMENTS: readonly Fragment[] = [];

const sameFragments = (a: readonly Fragment[], b: readonly Fragment[]) =>
  a === b || (a.length === b.length && a.every((f, i) => f.text === b[i]!.text && f.ids.join(' ') === b[i]!.ids.join(' ')));

export class BlockTextNode extends TextNode {
  /** The text cut where passages begin and end; a fragment with passage ids is drawn as a mark. */
  __fragments: readonly Fragment[];

  override $config() {
    return this.config('glose-block-text', { extends: TextNode });
  }

  constructor(text = '', fragments: readonly Fragment[] = NO_FRAGMENTS, key?: NodeKey) {
    super(text, key);
    this.__fragments = fragments;
  }

  override afterCloneFrom(prevNode: this): void {
    super.afterCloneFrom(prevNode);
    this.__fragments = prevNode.__fragments;
  }

  override createDOM(config: EditorConfig, editor?: LexicalEditor): HTMLElement {
    const dom = document.createElement('span');
    this.drawFragments(dom, config, editor);
    return dom;
  }

  /** Sets the passages' cuts of the same text: the next reconciliation redraws only this paragraph's marks. */
  setFragments(fragments: readonly Fragment[]): this {
    const writable = this.getWritable();
    writable.__fragments = fragments;
    return writable;
  }

  /** The text and its marks, appended to `parent`. */
  private drawFragments(parent: Node, config: EditorConfig, editor?: LexicalEditor): void {
    const { mark, markOverlap } = config.theme;
    const markClass = mark ?? '';
    const overlapClass = markOverlap ? `${markClass} ${markOverlap}` : markClass;
    for (const fragment of this.__fragments) {
      if (fragment.ids.length === 0) {
        parent.appendChild(document.createTextNode(fragment.text));
        continue;
      }
      // Each mark carries its passage ids and palette as it is made: no second pass over 1,300 marks.
      const element = document.createElement('mark');
      element.className = fragment.ids.length > 1 ? overlapClass : markClass;
      const ids = fragment.ids.join(' ');
      element.setAttribute('data-passage-ids', ids);
      element.textContent = fragment.text;
      if (editor) paintMark(editor, element, ids);
      parent.appendChild(element);
    }
  }

  override updateDOM(prevNode: this, dom: HTMLElement, config: EditorConfig): boolean {
    // Other text: a new element. Other passages over the same text (a tagging, an undo): the same element, its
    // children drawn anew (Lexical never edits them in place).
    if (prevNode.__text !== this.__text) return true;
    if (!sameFragments(prevNode.__fragments, this.__fragments)) {
      // Built aside and swapped in at once; the reconciliation runs with its editor active.
      const children = document.createDocumentFragment();
      this.drawFragments(children, config, $getEditor());
      dom.replaceChildren(children);
    }
    return false;
  }
}

export function $createBlockTextNode(text: string, fragments: readonly Fragment[]): BlockTextNode {
  return new BlockTextNode(text, fragments);
}

export function $isBlockTextNode(node: LexicalNode | null | undefined): node is BlockTextNode {
  return node instanceof BlockTextNode;
}

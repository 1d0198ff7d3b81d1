// A paragraph's whole text as one Lexical text node that draws its passage marks inside its own element:
// <span> holding plain text and <mark data-passage-ids> runs. Opening a ruling draws some 1,300 marks in 700
// paragraphs; as one Lexical node per fragment that was 3,200 nodes to create and reconcile, as this 700.
// The reader is read-only: Lexical never edits this text, and selections are read from the DOM (see
// SelectionToPassagePlugin), so Lexical's own notion of an offset inside it is never used.
import { TextNode, type EditorConfig, type LexicalEditor, type LexicalNode, type NodeKey } from 'lexical';
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
    const { mark, markOverlap } = config.theme;
    const markClass = mark ?? '';
    const overlapClass = markOverlap ? `${markClass} ${markOverlap}` : markClass;
    for (const fragment of this.__fragments) {
      if (fragment.ids.length === 0) {
        dom.append(fragment.text);
        continue;
      }
      // Each mark carries its passage ids and palette as it is made: no second pass over 1,300 marks.
      const element = document.createElement('mark');
      element.className = fragment.ids.length > 1 ? overlapClass : markClass;
      const ids = fragment.ids.join(' ');
      element.setAttribute('data-passage-ids', ids);
      element.append(fragment.text);
      if (editor) paintMark(editor, element, ids);
      dom.append(element);
    }
    return dom;
  }

  override updateDOM(prevNode: this): boolean {
    // Other text or other passages: the paragraph's text is drawn anew (Lexical never edits it in place).
    return prevNode.__text !== this.__text || !sameFragments(prevNode.__fragments, this.__fragments);
  }
}

export function $createBlockTextNode(text: string, fragments: readonly Fragment[]): BlockTextNode {
  return new BlockTextNode(text, fragments);
}

export function $isBlockTextNode(node: LexicalNode | null | undefined): node is BlockTextNode {
  return node instanceof BlockTextNode;
}

// One paragraph node per block: the block id, type and legal number live in plain fields and on the DOM.
// Plain fields rather than NodeState: opening a ruling creates 700 of these, and five state writes each
// (copy-on-write maps) cost more than the paragraph itself; the reader's text is never serialised.
import { ParagraphNode, type EditorConfig, type LexicalEditor, type LexicalNode, type NodeKey } from 'lexical';
import { isLowConfidence } from '../../../../shared/import/ocr/types';
import type { Block } from '../../../../shared/model';
import { ocrLabel } from '../ocrLabels';

type BlockFields = Pick<Block, 'id' | 'number' | 'type' | 'level' | 'ocrConfidence'>;
const NO_BLOCK: BlockFields = { id: '', type: 'paragraph' };

export class BlockParagraphNode extends ParagraphNode {
  __block: BlockFields;

  override $config() {
    return this.config('glose-block', { extends: ParagraphNode });
  }

  constructor(block: BlockFields = NO_BLOCK, key?: NodeKey) {
    super(key);
    this.__block = block;
  }

  override afterCloneFrom(prevNode: this): void {
    super.afterCloneFrom(prevNode);
    this.__block = prevNode.__block;
  }

  getBlockId(): string {
    return this.getLatest().__block.id;
  }

  override createDOM(config: EditorConfig, editor?: LexicalEditor): HTMLElement {
    const dom = super.createDOM(config);
    const { id, type, number, level, ocrConfidence } = this.__block;
    dom.setAttribute('data-block-id', id);
    dom.classList.add(`block-${type}`);
    if (type === 'heading') {
      // Headings stay paragraphs in the editor but are announced as headings.
      dom.setAttribute('role', 'heading');
      dom.setAttribute('aria-level', String(Math.min(6, Math.max(2, (level ?? 0) + 1))));
    }
    if (number) {
      // Shown by CSS (::before), so it is never part of the selectable text and offsets stay exact.
      dom.setAttribute('data-number', number);
      dom.classList.add('block-numbered');
    }
    if (ocrConfidence !== undefined && isLowConfidence({ ocrConfidence })) {
      // Marked in the margin, with the explanation in the interface language (see ocrLabels).
      dom.dataset.ocrConfidence = String(ocrConfidence);
      dom.classList.add('block-ocr-uncertain');
      ocrLabel(editor, dom);
    }
    return dom;
  }

  override updateDOM(prevNode: ParagraphNode, dom: HTMLElement, config: EditorConfig): boolean {
    return super.updateDOM(prevNode, dom, config) || (prevNode as this).__block.id !== this.__block.id;
  }
}

export function $createBlockParagraphNode(block: BlockFields): BlockParagraphNode {
  const { id, number, type, level, ocrConfidence } = block;
  return new BlockParagraphNode({ id, number, type, level, ocrConfidence });
}

export function $isBlockParagraphNode(node: LexicalNode | null | undefined): node is BlockParagraphNode {
  return node instanceof BlockParagraphNode;
}

// One paragraph node per block: the block id, type and legal number live in node state and on the DOM.
import { $getState, $setState, ParagraphNode, createState, type EditorConfig, type LexicalNode } from 'lexical';
import { isLowConfidence } from '../../../../shared/import/ocr/types';
import type { Block } from '../../../../shared/model';

const blockIdState = createState('blockId', { parse: (v) => (typeof v === 'string' ? v : '') });
const numberState = createState('number', { parse: (v) => (typeof v === 'string' ? v : '') });
const blockTypeState = createState('blockType', { parse: (v) => (typeof v === 'string' ? v : 'paragraph') });
const levelState = createState('level', { parse: (v) => (typeof v === 'number' ? v : 0) });
/** OCR confidence 0–100; -1 for text that was not recognised by OCR. */
const ocrConfidenceState = createState('ocrConfidence', { parse: (v) => (typeof v === 'number' ? v : -1) });

export class BlockParagraphNode extends ParagraphNode {
  override $config() {
    return this.config('glose-block', {
      extends: ParagraphNode,
      stateConfigs: [
        { stateConfig: blockIdState, flat: true },
        { stateConfig: numberState, flat: true },
        { stateConfig: blockTypeState, flat: true },
        { stateConfig: levelState, flat: true },
        { stateConfig: ocrConfidenceState, flat: true },
      ],
    });
  }

  getBlockId(): string {
    return $getState(this, blockIdState);
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    const type = $getState(this, blockTypeState);
    const number = $getState(this, numberState);
    dom.setAttribute('data-block-id', $getState(this, blockIdState));
    dom.classList.add(`block-${type}`);
    if (type === 'heading') {
      // Headings stay paragraphs in the editor but are announced as headings.
      dom.setAttribute('role', 'heading');
      dom.setAttribute('aria-level', String(Math.min(6, Math.max(2, $getState(this, levelState) + 1))));
    }
    if (number) {
      // Shown by CSS (::before), so it is never part of the selectable text and offsets stay exact.
      dom.setAttribute('data-number', number);
      dom.classList.add('block-numbered');
    }
    const ocrConfidence = $getState(this, ocrConfidenceState);
    if (ocrConfidence >= 0 && isLowConfidence({ ocrConfidence })) {
      // Marked in the margin; OcrConfidencePlugin adds the translated explanation.
      dom.dataset.ocrConfidence = String(ocrConfidence);
      dom.classList.add('block-ocr-uncertain');
    }
    return dom;
  }

  override updateDOM(prevNode: ParagraphNode, dom: HTMLElement, config: EditorConfig): boolean {
    return super.updateDOM(prevNode, dom, config) || $getState(prevNode, blockIdState) !== this.getBlockId();
  }
}

export function $createBlockParagraphNode(block: Pick<Block, 'id' | 'number' | 'type' | 'level' | 'ocrConfidence'>): BlockParagraphNode {
  const node = new BlockParagraphNode();
  $setState(node, blockIdState, block.id);
  $setState(node, numberState, block.number ?? '');
  $setState(node, blockTypeState, block.type);
  $setState(node, levelState, block.level ?? 0);
  $setState(node, ocrConfidenceState, block.ocrConfidence ?? -1);
  return node;
}

export function $isBlockParagraphNode(node: LexicalNode | null | undefined): node is BlockParagraphNode {
  return node instanceof BlockParagraphNode;
}

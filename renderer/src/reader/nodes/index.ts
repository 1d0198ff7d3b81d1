// Every node the reader's editor knows.
import { BlockParagraphNode } from './BlockParagraphNode';
import { PassageMarkNode } from './PassageMarkNode';

export const READER_NODES = [BlockParagraphNode, PassageMarkNode];
export { $createBlockParagraphNode, $isBlockParagraphNode, BlockParagraphNode } from './BlockParagraphNode';
export { $createPassageMarkNode, $isPassageMarkNode, PassageMarkNode } from './PassageMarkNode';

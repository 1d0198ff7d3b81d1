// Every node the reader's editor knows.
import { BlockParagraphNode } from './BlockParagraphNode';
import { BlockTextNode } from './BlockTextNode';

export const READER_NODES = [BlockParagraphNode, BlockTextNode];
export { $createBlockParagraphNode, $isBlockParagraphNode, BlockParagraphNode } from './BlockParagraphNode';
export { $createBlockTextNode, $isBlockTextNode, BlockTextNode } from './BlockTextNode';

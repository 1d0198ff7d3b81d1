// Every node the reader's editor knows.
import { MarkNode } from '@lexical/mark';
import { BlockParagraphNode } from './BlockParagraphNode';

export const READER_NODES = [BlockParagraphNode, MarkNode];
export { $createBlockParagraphNode, $isBlockParagraphNode, BlockParagraphNode } from './BlockParagraphNode';

// Draws the document and its passage marks from the database rows: everything on open, then only the
// paragraphs whose passages changed (their marks redrawn in the same elements), so tagging stays instant on
// long rulings.
import { useLayoutEffect, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, $getRoot, type NodeKey } from 'lexical';
import type { Block } from '../../../../shared/model';
import { fragmentText, rangesByBlock, type BlockRange, type PassageSpan } from '../../../../shared/anchor/passageFragments';
import { $createBlockParagraphNode, $createBlockTextNode, $isBlockParagraphNode, $isBlockTextNode, type BlockParagraphNode } from '../nodes';
import { markPainter, setMarkColours } from '../markColours';

interface Props {
  blocks: readonly Block[];
  spans: readonly PassageSpan[];
  /** Colours of each passage's tags, in codebook order. */
  colours: ReadonlyMap<string, readonly string[]>;
}

/** The paragraph's text with its marks: one text node that draws them (see BlockTextNode). */
function $fillParagraph(paragraph: BlockParagraphNode, block: Block, ranges: readonly BlockRange[]): BlockParagraphNode {
  if (paragraph.getChildrenSize() > 0) paragraph.clear();
  return block.text === '' ? paragraph : paragraph.append($createBlockTextNode(block.text, fragmentText(block.text, ranges)));
}

const NO_RANGES: readonly BlockRange[] = [];
/** Compared in place: every drawing checks all 700 paragraphs, and a key string for each cost more than the check. */
const sameRanges = (a: readonly BlockRange[], b: readonly BlockRange[]) =>
  a === b || (a.length === b.length && a.every((r, i) => r.id === b[i]!.id && r.start === b[i]!.start && r.end === b[i]!.end));

export function DocumentContentPlugin({ blocks, spans, colours }: Props) {
  const [editor] = useLexicalComposerContext();
  const drawn = useRef<{ blocks: readonly Block[]; keys: Map<string, NodeKey>; ranges: Map<string, readonly BlockRange[]> } | null>(null);
  const coloursRef = useRef(colours);

  // New marks paint themselves as they are created, with these colours; here only marks whose passages changed
  // colour (a re-tag, a codebook edit) are repainted, so tagging one passage does not repaint all the others.
  // Declared before the drawing effect, so a mark drawn in the same commit already has its passage's colours.
  useLayoutEffect(() => {
    setMarkColours(editor, colours);
    const before = coloursRef.current;
    coloursRef.current = colours;
    const changed = new Set([...before].filter(([id, list]) => colours.has(id) && colours.get(id)?.join(' ') !== list.join(' ')).map(([id]) => id));
    if (changed.size === 0) return;
    const paint = markPainter(colours);
    editor.getRootElement()?.querySelectorAll<HTMLElement>('mark[data-passage-ids]').forEach((el) => {
      if ((el.dataset.passageIds ?? '').split(' ').some((id) => changed.has(id))) paint(el);
    });
  }, [editor, colours]);

  // Drawn in the commit that brings the text (a layout effect), not in a later task: the browser lays out and
  // paints the page once, with its text and marks, instead of first painting the reader without them.
  useLayoutEffect(() => {
    const byBlock = rangesByBlock(blocks, spans);
    const previous = drawn.current?.blocks === blocks ? drawn.current : null;
    const keys = new Map<string, NodeKey>(previous?.keys);
    const ranges = new Map<string, readonly BlockRange[]>();
    editor.update(
      () => {
        if (!previous) {
          const paragraphs = blocks.map((block) => {
            const blockRanges = byBlock.get(block.id) ?? NO_RANGES;
            const paragraph = $fillParagraph($createBlockParagraphNode(block), block, blockRanges);
            keys.set(block.id, paragraph.getKey());
            ranges.set(block.id, blockRanges);
            return paragraph;
          });
          $getRoot().clear().append(...paragraphs);
          return;
        }
        for (const block of blocks) {
          const blockRanges = byBlock.get(block.id) ?? NO_RANGES;
          ranges.set(block.id, blockRanges);
          if (sameRanges(previous.ranges.get(block.id) ?? NO_RANGES, blockRanges)) continue;
          const node = $getNodeByKey(keys.get(block.id) ?? '');
          if (!$isBlockParagraphNode(node)) continue;
          // The same text with other marks (a tagging, an undo): its node takes the new cuts.
          const text = node.getFirstChild();
          if ($isBlockTextNode(text) && text.getTextContent() === block.text) text.setFragments(fragmentText(block.text, blockRanges));
          else $fillParagraph(node, block, blockRanges);
        }
      },
      // No transform applies to the reader's read-only text: skipping them spares a pass over every new node.
      { tag: 'glose-render', discrete: true, skipTransforms: true },
    );
    drawn.current = { blocks, keys, ranges };
  }, [editor, blocks, spans]);

  return null;
}

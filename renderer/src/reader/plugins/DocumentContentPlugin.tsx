// Draws the document and its passage marks from the database rows: everything on open, then
// only the paragraphs whose passages changed, so tagging stays instant on long rulings.
import { useEffect, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createMarkNode, $isMarkNode, MarkNode } from '@lexical/mark';
import { $createTextNode, $getNodeByKey, $getRoot, type NodeKey } from 'lexical';
import type { Block } from '../../../../shared/model';
import { fragmentText, rangesByBlock, type BlockRange, type PassageSpan } from '../../../../shared/anchor/passageFragments';
import { $createBlockParagraphNode, $isBlockParagraphNode, type BlockParagraphNode } from '../nodes';
import { markPainter } from '../markColours';

interface Props {
  blocks: readonly Block[];
  spans: readonly PassageSpan[];
  /** Colours of each passage's tags, in codebook order. */
  colours: ReadonlyMap<string, readonly string[]>;
}

function $fillParagraph(paragraph: BlockParagraphNode, block: Block, ranges: readonly BlockRange[]): void {
  paragraph.clear();
  for (const fragment of fragmentText(block.text, ranges)) {
    const text = $createTextNode(fragment.text);
    if (fragment.ids.length === 0) paragraph.append(text);
    else paragraph.append($createMarkNode(fragment.ids).append(text));
  }
}

const rangeKey = (ranges: readonly BlockRange[] | undefined) => (ranges ?? []).map((r) => `${r.id}:${r.start}-${r.end}`).join('|');

export function DocumentContentPlugin({ blocks, spans, colours }: Props) {
  const [editor] = useLexicalComposerContext();
  const drawn = useRef<{ blocks: readonly Block[]; keys: Map<string, NodeKey>; ranges: Map<string, string> } | null>(null);
  const coloursRef = useRef(colours);

  // New marks are painted as they are created (below); here only marks whose passages changed colour (a
  // re-tag, a codebook edit) are repainted, so tagging one passage does not repaint all the others.
  useEffect(() => {
    const before = coloursRef.current;
    coloursRef.current = colours;
    const changed = new Set([...before].filter(([id, list]) => colours.has(id) && colours.get(id)?.join(' ') !== list.join(' ')).map(([id]) => id));
    if (changed.size === 0) return;
    const paint = markPainter(colours);
    editor.getRootElement()?.querySelectorAll<HTMLElement>('mark[data-passage-ids]').forEach((el) => {
      if ((el.dataset.passageIds ?? '').split(' ').some((id) => changed.has(id))) paint(el);
    });
  }, [editor, colours]);

  useEffect(
    () =>
      editor.registerMutationListener(MarkNode, (mutations) => {
        const paint = markPainter(coloursRef.current);
        editor.getEditorState().read(() => {
          for (const [key, mutation] of mutations) {
            if (mutation === 'destroyed') continue;
            const node = $getNodeByKey(key);
            const element = editor.getElementByKey(key);
            if (!element || !$isMarkNode(node)) continue;
            element.dataset.passageIds = node.getIDs().join(' ');
            paint(element);
          }
        });
      }),
    [editor],
  );

  useEffect(() => {
    const byBlock = rangesByBlock(blocks, spans);
    const previous = drawn.current?.blocks === blocks ? drawn.current : null;
    const keys = new Map<string, NodeKey>(previous?.keys);
    const ranges = new Map<string, string>();
    editor.update(
      () => {
        if (!previous) {
          const root = $getRoot();
          root.clear();
          for (const block of blocks) {
            const paragraph = $createBlockParagraphNode(block);
            $fillParagraph(paragraph, block, byBlock.get(block.id) ?? []);
            root.append(paragraph);
            keys.set(block.id, paragraph.getKey());
            ranges.set(block.id, rangeKey(byBlock.get(block.id)));
          }
          return;
        }
        for (const block of blocks) {
          const key = rangeKey(byBlock.get(block.id));
          ranges.set(block.id, key);
          if (previous.ranges.get(block.id) === key) continue;
          const node = $getNodeByKey(keys.get(block.id) ?? '');
          if ($isBlockParagraphNode(node)) $fillParagraph(node, block, byBlock.get(block.id) ?? []);
        }
      },
      { tag: 'glose-render', discrete: true },
    );
    drawn.current = { blocks, keys, ranges };
  }, [editor, blocks, spans]);

  return null;
}

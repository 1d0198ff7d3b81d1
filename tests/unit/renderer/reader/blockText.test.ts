// @vitest-environment jsdom
// The reader draws each paragraph as one text node holding its marks; selections are read back from that DOM.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { $getRoot, createEditor, type LexicalEditor } from 'lexical';
import { fragmentText } from '../../../../shared/anchor/passageFragments';
import { $createBlockParagraphNode, $createBlockTextNode, $isBlockTextNode, READER_NODES, type BlockParagraphNode } from '../../../../renderer/src/reader/nodes';
import { setMarkColours } from '../../../../renderer/src/reader/markColours';
import { readerTheme } from '../../../../renderer/src/reader/theme';
import { blockPointFromDom } from '../../../../renderer/src/reader/plugins/SelectionToPassagePlugin';

const TEXT = 'Le risque lié au Cloud Act ne peut être entièrement exclu.';

function draw(ranges: { id: string; start: number; end: number }[]): { editor: LexicalEditor; root: HTMLElement } {
  const root = document.createElement('div');
  document.body.append(root);
  const editor = createEditor({ namespace: 'test', editable: false, nodes: READER_NODES, theme: readerTheme, onError: (e) => { throw e; } });
  editor.setRootElement(root);
  editor.update(
    () => {
      const paragraph = $createBlockParagraphNode({ id: 'b1', type: 'paragraph', number: '7' }).append($createBlockTextNode(TEXT, fragmentText(TEXT, ranges)));
      $getRoot().clear().append(paragraph, $createBlockParagraphNode({ id: 'b2', type: 'paragraph' }).append($createBlockTextNode('Second.', fragmentText('Second.', []))));
    },
    { discrete: true },
  );
  return { editor, root };
}

describe('a paragraph drawn as one text node', () => {
  it('draws its passages as flat marks carrying their ids, and keeps the text whole', () => {
    // "Cloud Act" in both passages; "Le risque lié au " in p1 only; " ne peut" in p2 only.
    const { root } = draw([
      { id: 'p1', start: 0, end: 26 },
      { id: 'p2', start: 17, end: 34 },
    ]);
    const paragraph = root.querySelector<HTMLElement>('[data-block-id="b1"]');
    expect(paragraph?.textContent).toBe(TEXT);
    expect(paragraph?.dataset.number).toBe('7');
    const marks = Array.from(root.querySelectorAll<HTMLElement>('mark[data-passage-ids]'));
    expect(marks.map((m) => [m.textContent, m.dataset.passageIds, m.classList.contains('passage-mark-overlap')])).toEqual([
      ['Le risque lié au ', 'p1', false],
      ['Cloud Act', 'p1 p2', true],
      [' ne peut', 'p2', false],
    ]);
  });

  it('redraws a paragraph whose passages change, and only its marks', () => {
    const { editor, root } = draw([{ id: 'p1', start: 17, end: 26 }]);
    const second = root.querySelector('[data-block-id="b2"]');
    editor.update(
      () => {
        const paragraph = $getRoot().getFirstChildOrThrow<ReturnType<typeof $createBlockParagraphNode>>();
        paragraph.clear().append($createBlockTextNode(TEXT, fragmentText(TEXT, [{ id: 'p9', start: 3, end: 9 }])));
      },
      { discrete: true },
    );
    expect(Array.from(root.querySelectorAll('mark')).map((m) => [m.textContent, m.getAttribute('data-passage-ids')])).toEqual([['risque', 'p9']]);
    expect(root.querySelector('[data-block-id="b1"]')?.textContent).toBe(TEXT);
    // The other paragraph's element is the same one: nothing else was redrawn.
    expect(root.querySelector('[data-block-id="b2"]')).toBe(second);
  });
});

describe('marks that come after the text', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('are drawn into the paragraph already on screen, painted, without a new paragraph element', () => {
    // jsdom has neither CSS.supports (the colours here are valid ones) nor adopted style sheets.
    vi.stubGlobal('CSS', { supports: () => true });
    Object.defineProperty(document, 'adoptedStyleSheets', { value: [], writable: true, configurable: true });
    const { editor, root } = draw([]);
    setMarkColours(editor, new Map([['p1', ['#ffd54f']], ['p2', ['#90caf9']]]));
    const paragraph = root.querySelector('[data-block-id="b1"]');
    const span = paragraph?.querySelector('span');
    expect(root.querySelectorAll('mark')).toHaveLength(0);
    editor.update(
      () => {
        const text = $getRoot().getFirstChildOrThrow<BlockParagraphNode>().getFirstChild();
        if (!$isBlockTextNode(text)) throw new Error('no block text');
        text.setFragments(fragmentText(TEXT, [{ id: 'p1', start: 0, end: 26 }, { id: 'p2', start: 17, end: 34 }]));
      },
      { discrete: true },
    );
    const marks = Array.from(root.querySelectorAll<HTMLElement>('mark[data-passage-ids]'));
    expect(marks.map((m) => [m.textContent, m.dataset.passageIds])).toEqual([
      ['Le risque lié au ', 'p1'],
      ['Cloud Act', 'p1 p2'],
      [' ne peut', 'p2'],
    ]);
    // Each mark is painted as it is drawn, the overlap with both colours.
    expect(marks.every((m) => m.hasAttribute('data-palette'))).toBe(true);
    expect(new Set(marks.map((m) => m.dataset.palette)).size).toBe(3);
    expect(root.querySelector('[data-block-id="b1"]')).toBe(paragraph);
    expect(root.querySelector('[data-block-id="b1"] span')).toBe(span);
    expect(paragraph?.textContent).toBe(TEXT);
  });
});

describe('blockPointFromDom', () => {
  const { root } = draw([{ id: 'p1', start: 17, end: 26 }]);
  const paragraph = root.querySelector<HTMLElement>('[data-block-id="b1"]')!;
  const mark = paragraph.querySelector('mark')!;

  it('counts the text before a point in plain text, in a mark, and after it', () => {
    const [before, , after] = Array.from(paragraph.querySelector('span')!.childNodes);
    expect(blockPointFromDom(root, before!, 3)).toEqual({ blockId: 'b1', offset: 3 });
    expect(blockPointFromDom(root, mark.firstChild!, 5)).toEqual({ blockId: 'b1', offset: 22 });
    expect(blockPointFromDom(root, after!, 1)).toEqual({ blockId: 'b1', offset: 27 });
    expect(TEXT.slice(17, 22)).toBe('Cloud');
  });

  it('reads element points (before or after a mark, at a paragraph edge) as text offsets', () => {
    const span = paragraph.querySelector('span')!;
    expect(blockPointFromDom(root, span, 1)).toEqual({ blockId: 'b1', offset: 17 });
    expect(blockPointFromDom(root, span, 2)).toEqual({ blockId: 'b1', offset: 26 });
    expect(blockPointFromDom(root, paragraph, 0)).toEqual({ blockId: 'b1', offset: 0 });
  });

  it('places a point between paragraphs at the start of the next one, or the end of the last', () => {
    expect(blockPointFromDom(root, root, 1)).toEqual({ blockId: 'b2', offset: 0 });
    expect(blockPointFromDom(root, root, 2)).toEqual({ blockId: 'b2', offset: 'Second.'.length });
  });

  it('gives null for a point outside the text', () => {
    expect(blockPointFromDom(root, document.body, 0)).toBeNull();
  });
});

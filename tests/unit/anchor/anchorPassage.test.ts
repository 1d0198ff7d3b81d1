import { describe, expect, it } from 'vitest';
import { anchorPassage, documentText, TextIndex } from '../../../shared/anchor';
import { makeBlocks, RULING_TEXTS, rulingBlocks } from './fixtures';

const blocks = rulingBlocks();
const text = documentText(blocks);

describe('anchorPassage', () => {
  it('anchors a selection inside one paragraph with its quote, context and position', () => {
    const phrase = 'la condition d’urgence n’est pas remplie';
    const from = RULING_TEXTS[5]!.indexOf(phrase);
    const anchor = anchorPassage(blocks, { blockId: 'b5', offset: from }, { blockId: 'b5', offset: from + phrase.length });
    expect(anchor.quote).toEqual({
      exact: phrase,
      prefix: 'Il résulte de l’instruction que ',
      suffix: '.\n3. Au surplus, il n’existe pas',
    });
    expect(anchor.quote.prefix).toHaveLength(32);
    expect(anchor.quote.suffix).toHaveLength(32);
    expect(text.slice(anchor.position.start, anchor.position.end)).toBe(anchor.quote.exact);
    expect(text.slice(anchor.position.start - 32, anchor.position.start)).toBe(anchor.quote.prefix);
    expect(anchor.start).toEqual({ blockId: 'b5', offset: from });
    expect(anchor.end).toEqual({ blockId: 'b5', offset: from + phrase.length });
  });

  it('gives the same anchor for a selection made backwards', () => {
    const forward = anchorPassage(blocks, { blockId: 'b4', offset: 3 }, { blockId: 'b6', offset: 10 });
    const backward = anchorPassage(blocks, { blockId: 'b6', offset: 10 }, { blockId: 'b4', offset: 3 });
    expect(backward).toEqual(forward);
    const sameBlock = anchorPassage(blocks, { blockId: 'b4', offset: 20 }, { blockId: 'b4', offset: 5 });
    expect(sameBlock.start).toEqual({ blockId: 'b4', offset: 5 });
    expect(sameBlock.quote.exact).toBe(RULING_TEXTS[4]!.slice(5, 20));
  });

  it('anchors a selection across paragraphs, the quote holding a newline between them', () => {
    const anchor = anchorPassage(blocks, { blockId: 'b5', offset: 0 }, { blockId: 'b6', offset: 13 });
    expect(anchor.quote.exact).toBe(`${RULING_TEXTS[5]}\n3. Au surplus`);
    expect(anchor.start).toEqual({ blockId: 'b5', offset: 0 });
    expect(anchor.end).toEqual({ blockId: 'b6', offset: 13 });
    expect(anchor.quote.prefix.endsWith('suspension.\n')).toBe(true);
  });

  it('has an empty prefix at the start of the document and an empty suffix at its end', () => {
    const first = anchorPassage(blocks, { blockId: 'b0', offset: 0 }, { blockId: 'b0', offset: 7 });
    expect(first.quote).toEqual({ exact: 'CONSEIL', prefix: '', suffix: ' D’ÉTAT\nN° 503163\nVu la procédur' });
    const lastText = RULING_TEXTS[7]!;
    const last = anchorPassage(blocks, { blockId: 'b7', offset: lastText.length - 8 }, { blockId: 'b7', offset: lastText.length });
    expect(last.quote.exact).toBe('rejetée.');
    expect(last.quote.suffix).toBe('');
    expect(last.quote.prefix).toBe('e.\nArticle 1er : La requête est ');
    expect(last.position.end).toBe(text.length);
  });

  it('takes a short context when the passage is near an edge', () => {
    const anchor = anchorPassage(blocks, { blockId: 'b0', offset: 8 }, { blockId: 'b0', offset: 14 });
    expect(anchor.quote.prefix).toBe('CONSEIL ');
  });

  it('starts a selection made from the very end of a paragraph at the next paragraph', () => {
    const end5 = RULING_TEXTS[5]!.length;
    const anchor = anchorPassage(blocks, { blockId: 'b5', offset: end5 }, { blockId: 'b6', offset: 2 });
    expect(anchor.start).toEqual({ blockId: 'b6', offset: 0 });
    expect(anchor.quote.exact).toBe('3.');
    const toNextStart = anchorPassage(blocks, { blockId: 'b5', offset: 3 }, { blockId: 'b6', offset: 0 });
    expect(toNextStart.end).toEqual({ blockId: 'b5', offset: end5 });
    expect(toNextStart.quote.exact.endsWith('\n')).toBe(false);
  });

  it('clamps offsets that fall outside their block', () => {
    const anchor = anchorPassage(blocks, { blockId: 'b1', offset: -4 }, { blockId: 'b1', offset: 500 });
    expect(anchor.quote.exact).toBe('N° 503163');
    expect(anchor.end).toEqual({ blockId: 'b1', offset: 9 });
  });

  it('accepts an index built once instead of the blocks', () => {
    const index = TextIndex.of(blocks);
    const a = { blockId: 'b3', offset: 4 };
    const b = { blockId: 'b3', offset: 30 };
    expect(anchorPassage(index, a, b)).toEqual(anchorPassage(blocks, a, b));
  });

  it('refuses a block that is not in the document, naming it', () => {
    expect(() => anchorPassage(blocks, { blockId: 'ghost', offset: 0 }, { blockId: 'b1', offset: 2 })).toThrow(
      /block "ghost": no such block/,
    );
  });

  it('refuses an empty selection, including one that holds only a line break', () => {
    expect(() => anchorPassage(blocks, { blockId: 'b2', offset: 4 }, { blockId: 'b2', offset: 4 })).toThrow(/empty passage/);
    const end1 = RULING_TEXTS[1]!.length;
    expect(() => anchorPassage(blocks, { blockId: 'b1', offset: end1 }, { blockId: 'b2', offset: 0 })).toThrow(/empty passage/);
  });

  it('does not cut an emoji in half in the context', () => {
    const emoji = makeBlocks([`${'x'.repeat(31)}😀quote`]);
    const anchor = anchorPassage(emoji, { blockId: 'b0', offset: 33 }, { blockId: 'b0', offset: 38 });
    expect(anchor.quote.exact).toBe('quote');
    expect(anchor.quote.prefix).toBe(`${'x'.repeat(30)}😀`);
    const cut = anchorPassage(emoji, { blockId: 'b0', offset: 0 }, { blockId: 'b0', offset: 2 });
    expect(cut.quote.suffix).toBe(`${'x'.repeat(29)}😀q`);
  });
});

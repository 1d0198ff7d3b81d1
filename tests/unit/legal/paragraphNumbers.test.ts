// Legal paragraph numbers: printed points, bare CJEU numbers, and inferred Considérant order.
import { describe, expect, it } from 'vitest';
import { detectParagraphNumbers } from '../../../shared/legal';
import type { DraftBlock } from '../../../shared/model';

const paragraphs = (...texts: string[]): DraftBlock[] => texts.map((text) => ({ type: 'paragraph', text }));
const numbersOf = (blocks: DraftBlock[], options?: { listItems?: boolean }): (string | undefined)[] =>
  detectParagraphNumbers(blocks, options).map((block) => block.number);

describe('detectParagraphNumbers', () => {
  it('numbers printed points and leaves their text as printed', () => {
    const blocks = paragraphs('Considérant ce qui suit :', '1. Aux termes de…', '2. Il résulte…', '12. Enfin…');
    const result = detectParagraphNumbers(blocks);
    expect(result.map((block) => block.number)).toEqual([undefined, '1', '2', '12']);
    expect(result.map((block) => block.text)).toEqual(blocks.map((block) => block.text));
  });

  it('does not number claims, sub-clauses, dates or amounts', () => {
    expect(numbersOf(paragraphs('1°) de suspendre…', '2°) d’enjoindre…', '1.2 Le cadre', '2025. Année', '5 000 euros', '1. Aux termes'))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      '1',
    ]);
  });

  it('skips a number that does not follow the previous one', () => {
    expect(numbersOf(paragraphs('3. Au vu du point 2…', '1. ne suit pas', '4. Ensuite', '4. Doublon', '6. Après un trou'))).toEqual([
      '3',
      undefined,
      '4',
      undefined,
      '6',
    ]);
  });

  it('accepts a non-breaking space after the dot', () => {
    expect(numbersOf(paragraphs('1.\u00A0Aux termes', '2.\u00A0Il résulte'))).toEqual(['1', '2']);
  });

  it('never numbers headings, and numbers list items only when asked (rulings)', () => {
    const blocks: DraftBlock[] = [
      { type: 'heading', level: 2, text: '1. Introduction' },
      { type: 'listItem', text: '1. Aux termes de…' },
      { type: 'listItem', text: '2. Il résulte…' },
    ];
    expect(numbersOf(blocks)).toEqual([undefined, undefined, undefined]);
    expect(numbersOf(blocks, { listItems: true })).toEqual([undefined, '1', '2']);
  });

  it('keeps a number an importer already set', () => {
    expect(numbersOf([{ type: 'paragraph', text: 'Texte', number: '42' }, ...paragraphs('1. Point')])).toEqual(['42', '1']);
  });

  it('numbers Considérant paragraphs in order when nothing is printed, whatever the accents or apostrophes', () => {
    const blocks = paragraphs(
      'Vu la requête…',
      "Considérant qu'aux termes de l'article 32 :",
      '« Article 32 : cité »',
      'CONSIDERANT QUE la délibération…',
      'Considérant qu’il résulte de ce qui précède…',
      "Considérant, d'une part, que…",
      'Considérant ce qui suit :',
    );
    expect(numbersOf(blocks)).toEqual([undefined, '1', undefined, '2', '3', '4', undefined]);
  });

  it('prefers printed numbers to Considérant', () => {
    expect(numbersOf(paragraphs('Considérant ce qui suit :', '1. Considérant que…', 'Considérant que…'))).toEqual([undefined, '1', undefined]);
  });

  it('reads the bare numbers of the Court of Justice only as an unbroken run from 1', () => {
    expect(numbersOf(paragraphs('1 La demande de décision préjudicielle…', '2 Cette demande…', 'Le cadre juridique', '3 « Article 1 »…'))).toEqual([
      '1',
      '2',
      undefined,
      '3',
    ]);
    expect(numbersOf(paragraphs('25 Avril fut pluvieux', '3 Jours plus tard'))).toEqual([undefined, undefined]);
  });
});

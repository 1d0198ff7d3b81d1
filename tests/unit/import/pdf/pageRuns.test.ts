// pdf.js text items → placed runs → segments with their spaces back.
import { describe, expect, it } from 'vitest';
import { segmentsOfRuns, textRunsOfPage } from '../../../../shared/import/pdf';

/** pdf.js's viewport transform of an A4 page at scale 1: y flipped, origin at the top. */
const A4 = [1, 0, 0, -1, 0, 842];
const item = (str: string, x: number, y: number, width: number, size = 11) => ({ str, transform: [size, 0, 0, size, x, y], width, height: size });

describe('textRunsOfPage', () => {
  it('places items from the top of the page and drops blank and rotated ones', () => {
    const runs = textRunsOfPage(
      [
        item('Conseil', 64, 800, 35),
        { str: ' ', transform: [11, 0, 0, 11, 99, 800], width: 3 },
        { type: 'beginMarkedContent' },
        { str: 'ROTATED STAMP', transform: [0, 11, -11, 0, 20, 400], width: 80 },
      ],
      A4,
    );
    expect(runs).toEqual([{ text: 'Conseil', x: 64, y: 42, width: 35, fontSize: 11 }]);
  });

  it('reads a page rotated by 90° as upright text', () => {
    // /Rotate 90: pdf.js's viewport turns user space so that text drawn upwards reads across.
    const runs = textRunsOfPage([{ str: 'Texte', transform: [0, 11, -11, 0, 300, 64], width: 30 }], [0, 1, 1, 0, 0, 0]);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ text: 'Texte', x: 64, y: 300, fontSize: 11 });
  });
});

describe('segmentsOfRuns', () => {
  it('restores spaces from gaps and keeps words drawn in pieces together', () => {
    const segments = segmentsOfRuns([
      { text: 'Con', x: 64, y: 100, width: 15, fontSize: 11 },
      { text: 'seil', x: 79, y: 100, width: 18, fontSize: 11 },
      { text: "d'État", x: 100, y: 100, width: 27, fontSize: 11 },
    ]);
    expect(segments.map((s) => s.text)).toEqual(["Conseil d'État"]);
  });

  it('keeps a raised superscript on its line and splits a row at a wide gap', () => {
    const segments = segmentsOfRuns([
      { text: 'Article 1', x: 64, y: 100, width: 40, fontSize: 11 },
      { text: 'er', x: 104, y: 96, width: 6, fontSize: 7 },
      { text: ': La requête est rejetée.', x: 112, y: 100, width: 110, fontSize: 11 },
      { text: 'colonne de droite', x: 320, y: 100, width: 80, fontSize: 11 },
    ]);
    expect(segments.map((s) => [s.text, s.y, s.fontSize])).toEqual([
      ['Article 1er : La requête est rejetée.', 100, 11],
      ['colonne de droite', 100, 11],
    ]);
  });
});

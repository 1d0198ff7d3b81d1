// One page's text in reading order: rows by baseline, two columns one after the other, edges marked.
import { describe, expect, it } from 'vitest';
import { orderPage } from '../../../../shared/import/pdf';
import { LEADING, page, segment } from './helpers';

const text = (lines: { text: string }[]) => lines.map((line) => line.text);

describe('orderPage', () => {
  it('reads a single column top to bottom and joins the parts of a row', () => {
    const lines = orderPage(
      page([
        segment('second line', 64, 100 + LEADING),
        segment('first', 64, 100),
        segment('line', 200, 100.5),
      ]),
    );
    expect(text(lines)).toEqual(['first line', 'second line']);
  });

  it('reads the left column, then the right one, between full-width rows', () => {
    const rows = Array.from({ length: 6 }, (_, i) => 120 + i * LEADING);
    const lines = orderPage(
      page([
        segment("Conseil d'État — N° 503163", 64, 60, { x1: 531 }),
        ...rows.map((y, i) => segment(`gauche ${i + 1}`, 64, y, { x1: 285 })),
        ...rows.slice(0, 4).map((y, i) => segment(`droite ${i + 1}`, 310, y + 0.3, { x1: 531 })),
        segment('Une ligne pleine largeur après les colonnes.', 64, 250, { x1: 531 }),
        segment('Page 2 sur 4', 270, 800, { x1: 330 }),
      ]),
    );
    expect(text(lines)).toEqual([
      "Conseil d'État — N° 503163",
      ...rows.map((_, i) => `gauche ${i + 1}`),
      ...rows.slice(0, 4).map((_, i) => `droite ${i + 1}`),
      'Une ligne pleine largeur après les colonnes.',
      'Page 2 sur 4',
    ]);
    const left = lines.find((line) => line.text === 'gauche 1');
    const right = lines.find((line) => line.text === 'droite 1');
    expect(left?.columnRight).toBe(285);
    expect(right?.columnLeft).toBe(310);
    expect(left?.flow).not.toBe(right?.flow);
  });

  it('does not take two aligned cells for columns', () => {
    const lines = orderPage(
      page([
        segment('Fait à Paris,', 64, 100, { x1: 130 }),
        segment('le 25 avril 2025', 400, 100, { x1: 480 }),
        segment('Le juge des référés, signé : Jean-Luc Martin, conseiller d’État', 64, 114, { x1: 531 }),
      ]),
    );
    expect(text(lines)).toEqual(['Fait à Paris, le 25 avril 2025', 'Le juge des référés, signé : Jean-Luc Martin, conseiller d’État']);
  });

  it('marks the first and last two rows as the page edges', () => {
    const lines = orderPage(page([10, 20, 30, 40, 50].map((y) => segment(`row ${y}`, 64, y * 10))));
    expect(lines.map((line) => line.edge)).toEqual(['top', 'top', undefined, 'bottom', 'bottom']);
  });

  it('gives a last page with short lines the margins of the document', () => {
    const lines = orderPage(page([segment('Signé : Jean-Luc Martin', 64, 100)]), { next: 0 }, { left: 64, right: 531 });
    expect(lines[0]?.columnRight).toBe(531);
  });
});

// @vitest-environment jsdom
// A mark names the style rule of its background: one colour fills, an overlap stacks its passages' colours.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { markBackground, markPainter } from '../../../../renderer/src/reader/markColours';

// jsdom has neither adopted style sheets (the painter adopts its one sheet once, for the module's life)…
Object.defineProperty(document, 'adoptedStyleSheets', { value: [], writable: true, configurable: true });
// …nor CSS.supports.
beforeEach(() => vi.stubGlobal('CSS', { supports: (_: string, value: string) => !value.includes('not-a-colour') }));
afterEach(() => vi.unstubAllGlobals());

const red = ['#e57373'];
const blue = ['#64b5f6'];
const colours = new Map<string, string[]>([['p1', red], ['p2', red], ['p3', blue], ['p4', ['#e57373', '#64b5f6']], ['bad', ['not-a-colour']]]);
const rule = (name: string | null) => Array.from(document.adoptedStyleSheets.flatMap((sheet) => Array.from(sheet.cssRules))).find((r) => r.cssText.includes(`"${name}"`))?.cssText ?? '';

describe('markPainter', () => {
  it('gives passages with the same colours the same rule, and others another', () => {
    const paint = markPainter(colours);
    const [a, b, c] = ['p1', 'p2', 'p3'].map((id) => {
      const mark = document.createElement('mark');
      paint(mark, id);
      return mark.dataset.palette ?? null;
    });
    expect(a).not.toBeNull();
    expect(a).toBe(b);
    expect(c).not.toBe(a);
    expect(rule(a!)).toContain('background');
  });

  it('paints an overlap with every colour of its passages, once each', () => {
    const paint = markPainter(colours);
    const mark = document.createElement('mark');
    mark.setAttribute('data-passage-ids', 'p1 p3 p2');
    paint(mark);
    expect(markBackground('p1 p3 p2', colours)).toBe('linear-gradient(to bottom, #e57373 0.00% 50.00%, #64b5f6 50.00% 100.00%)');
    expect(rule(mark.dataset.palette ?? null)).toContain('linear-gradient');
  });

  it('leaves unpainted a passage with no colour or one that is not a CSS colour, and unpaints a mark that lost its colour', () => {
    const paint = markPainter(colours);
    const mark = document.createElement('mark');
    paint(mark, 'p1');
    expect(mark.hasAttribute('data-palette')).toBe(true);
    markPainter(new Map())(mark, 'p1');
    expect(mark.hasAttribute('data-palette')).toBe(false);
    paint(mark, 'bad');
    expect(mark.hasAttribute('data-palette')).toBe(false);
  });
});

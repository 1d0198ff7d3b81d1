import { describe, expect, it } from 'vitest';
import { contrastRatio, MARK_INK } from '../../../shared/codebook';
import { DEFAULT_TAGS, TAG_PALETTE } from '../../../shared/model';

describe('the highlight palette', () => {
  it('keeps the mark text at a contrast ratio of at least 4.5:1 on every colour, in both themes', () => {
    // Marks draw their text in MARK_INK in the light and the dark theme alike (ui/styles.css).
    for (const colour of TAG_PALETTE) expect(contrastRatio(MARK_INK, colour), colour).toBeGreaterThanOrEqual(4.5);
  });

  it('computes the WCAG ratio', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('gives the nine default tags distinct colours and the keys 1 to 9', () => {
    expect(new Set(DEFAULT_TAGS.map((t) => t.color)).size).toBe(9);
    expect(DEFAULT_TAGS.map((t) => t.shortcut)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });
});

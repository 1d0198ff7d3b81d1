// Small builders of positioned text for the layout tests: a body line is 11 pt, 14 pt apart, in a 64–531 frame.
import type { Line, PageSegments, Segment } from '../../../../shared/import/pdf';

export const LEFT = 64;
export const RIGHT = 531;
export const SIZE = 11;
export const LEADING = 14;
/** Average advance of a Times character at 11 pt, near enough for line widths. */
const CHAR = 5;

export function segment(text: string, x0: number, y: number, options: Partial<Segment> = {}): Segment {
  return { text, x0, x1: Math.min(options.x1 ?? x0 + text.length * CHAR, 10_000), y, fontSize: SIZE, ...options };
}

/** A justified body line (reaching the right edge) or, with `short`, the last line of a paragraph. */
export function bodyLine(text: string, y: number, options: { short?: boolean; x0?: number; page?: number; flow?: number } = {}): Line {
  const x0 = options.x0 ?? LEFT;
  return {
    text,
    x0,
    x1: options.short ? x0 + text.length * CHAR : RIGHT,
    y,
    fontSize: SIZE,
    page: options.page ?? 1,
    columnLeft: LEFT,
    columnRight: RIGHT,
    flow: options.flow ?? 0,
  };
}

export function page(segments: Segment[], number = 1): PageSegments {
  return { page: number, width: 595, height: 842, segments };
}

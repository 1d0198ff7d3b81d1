// The shapes text takes on its way from page positions to paragraphs, shared by PDF text layers and OCR.

/**
 * A run of text on one baseline, without a large gap in it: one line of one column, or a
 * part of a line. Coordinates are page units (points for a PDF, pixels for a scan), from
 * the top left corner.
 */
export interface Segment {
  text: string;
  x0: number;
  x1: number;
  /** The baseline, from the top of the page. */
  y: number;
  fontSize: number;
  /** OCR confidence 0–100, for recognised text. */
  confidence?: number;
}

export interface PageSegments {
  /** From 1. */
  page: number;
  width: number;
  height: number;
  segments: Segment[];
}

/** A line in reading order, placed in its column. */
export interface Line extends Segment {
  page: number;
  /** The edges of the text column the line sits in. */
  columnLeft: number;
  columnRight: number;
  /**
   * Lines of one column of one page share a flow; vertical gaps and indents are compared
   * only inside a flow.
   */
  flow: number;
  /** The line sits in the top or bottom band of its page (a header or footer candidate). */
  edge?: 'top' | 'bottom';
}

// One page's segments → lines in reading order: rows by baseline, two columns read one after the other.
import type { Line, PageSegments, Segment } from './layoutTypes';

/** Baselines closer than this (in ems) are one row. */
const ROW_TOLERANCE_EM = 0.45;
/** A gutter must separate at least this many rows, so a stray tab stop is not a column. */
const MIN_GUTTER_ROWS = 3;
/** Rows nearest the top and bottom edges that may be running headers or footers. */
const EDGE_ROWS = 2;

interface Row {
  y: number;
  segments: Segment[];
}

function rowsOf(segments: readonly Segment[]): Row[] {
  const sorted = [...segments].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const rows: Row[] = [];
  for (const segment of sorted) {
    const last = rows[rows.length - 1];
    const em = Math.max(segment.fontSize, last?.segments[0]?.fontSize ?? 0);
    if (last && Math.abs(segment.y - last.y) <= ROW_TOLERANCE_EM * em) last.segments.push(segment);
    else rows.push({ y: segment.y, segments: [segment] });
  }
  for (const row of rows) row.segments.sort((a, b) => a.x0 - b.x0);
  return rows;
}

/**
 * The x position of the gutter between two columns, or null for a single column: the point
 * that the gaps between segments of the most rows have in common, if it lies in the middle
 * half of the text and at least MIN_GUTTER_ROWS rows share it.
 */
function findGutter(rows: readonly Row[], left: number, right: number): number | null {
  const gaps: Array<[number, number]> = [];
  for (const row of rows) {
    for (let i = 1; i < row.segments.length; i++) {
      const before = row.segments[i - 1] as Segment;
      const after = row.segments[i] as Segment;
      if (after.x0 > before.x1) gaps.push([before.x1, after.x0]);
    }
  }
  if (gaps.length < MIN_GUTTER_ROWS) return null;
  // Sweep over gap edges: where the most gaps overlap, and the middle of that overlap.
  const events = gaps.flatMap(([start, end]) => [
    { x: start, delta: 1 },
    { x: end, delta: -1 },
  ]);
  events.sort((a, b) => a.x - b.x || a.delta - b.delta);
  let depth = 0;
  let best = 0;
  let bestX: number | null = null;
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as { x: number; delta: number };
    depth += event.delta;
    const next = events[i + 1];
    if (depth > best && next && next.x > event.x) {
      best = depth;
      bestX = (event.x + next.x) / 2;
    }
  }
  const width = right - left;
  if (bestX === null || best < MIN_GUTTER_ROWS) return null;
  if (bestX < left + width * 0.25 || bestX > left + width * 0.75) return null;
  return bestX;
}

function joinSegments(segments: readonly Segment[]): Segment {
  const first = segments[0] as Segment;
  if (segments.length === 1) return first;
  // The line's size and baseline are those of its longest segment.
  const main = segments.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  const confidences = segments.filter((s) => s.confidence !== undefined);
  const line: Segment = {
    text: segments.map((s) => s.text.trim()).join(' '),
    x0: first.x0,
    x1: Math.max(...segments.map((s) => s.x1)),
    y: main.y,
    fontSize: main.fontSize,
  };
  if (confidences.length > 0) {
    const chars = confidences.reduce((sum, s) => sum + s.text.length, 0) || 1;
    line.confidence = confidences.reduce((sum, s) => sum + (s.confidence ?? 0) * s.text.length, 0) / chars;
  }
  return line;
}

/** The left and right edges of the text on most pages of a document. */
export interface TextFrame {
  left: number;
  right: number;
}

/**
 * The text frame of a document: the median of its pages' text edges, over pages with enough
 * text to show them.
 */
export function documentFrame(pages: readonly PageSegments[]): TextFrame | undefined {
  const lefts: number[] = [];
  const rights: number[] = [];
  for (const page of pages) {
    if (page.segments.length < 5) continue;
    lefts.push(Math.min(...page.segments.map((s) => s.x0)));
    rights.push(Math.max(...page.segments.map((s) => s.x1)));
  }
  if (lefts.length === 0) return undefined;
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
  return { left: median(lefts), right: median(rights) };
}

/** Hands out flow ids that are unique across a document's pages. */
export interface FlowCounter {
  next: number;
}

/**
 * Orders one page's text: top to bottom, and inside a stretch of rows that a gutter splits
 * in two, the whole left column before the right one. A row that runs across the gutter
 * (a title, a full-width paragraph) ends the stretch.
 */
export function orderPage(page: PageSegments, flows: FlowCounter = { next: 0 }, frame?: TextFrame): Line[] {
  const rows = rowsOf(page.segments);
  if (rows.length === 0) return [];
  let pageLeft = Math.min(...page.segments.map((s) => s.x0));
  let pageRight = Math.max(...page.segments.map((s) => s.x1));
  const gutter = findGutter(rows, pageLeft, pageRight);
  // A last page with a few short lines still has the document's margins.
  if (frame && frame.right <= page.width) {
    pageLeft = Math.min(pageLeft, frame.left);
    pageRight = Math.max(pageRight, frame.right);
  }
  // A page of only short lines (a scanned cover, a signature page) shows no right margin at
  // all: assume it mirrors the left one, or every short line would look wrapped.
  if (pageRight - pageLeft < 0.6 * (page.width - 2 * pageLeft)) pageRight = page.width - pageLeft;

  const edgeOf = (rowIndex: number): Line['edge'] =>
    rowIndex < EDGE_ROWS ? 'top' : rowIndex >= rows.length - EDGE_ROWS ? 'bottom' : undefined;
  const lines: Line[] = [];
  const place = (segment: Segment, rowIndex: number, flow: number, columnLeft: number, columnRight: number): void => {
    // Every line has the same keys in the same order: on a 300-page ruling, objects of one
    // shape keep the layout passes fast.
    lines.push({
      text: segment.text,
      x0: segment.x0,
      x1: segment.x1,
      y: segment.y,
      fontSize: segment.fontSize,
      confidence: segment.confidence,
      page: page.page,
      columnLeft,
      columnRight,
      flow,
      edge: edgeOf(rowIndex),
    });
  };

  if (gutter === null) {
    const flow = flows.next++;
    rows.forEach((row, i) => place(joinSegments(row.segments), i, flow, pageLeft, pageRight));
    return lines;
  }

  // Stretches of rows: a row crossing the gutter stands alone; the others are split in two.
  type Stretch = { crossing: boolean; rows: number[] };
  const stretches: Stretch[] = [];
  rows.forEach((row, i) => {
    const crossing = row.segments.some((s) => s.x0 < gutter && s.x1 > gutter);
    const last = stretches[stretches.length - 1];
    if (last && last.crossing === crossing) last.rows.push(i);
    else stretches.push({ crossing, rows: [i] });
  });

  const leftSegments = rows.flatMap((row) => row.segments.filter((s) => s.x1 <= gutter));
  const rightSegments = rows.flatMap((row) => row.segments.filter((s) => s.x0 >= gutter));
  const leftRight = Math.max(...leftSegments.map((s) => s.x1), pageLeft);
  const rightLeft = Math.min(...rightSegments.map((s) => s.x0), pageRight);

  for (const stretch of stretches) {
    const rightOnes = stretch.rows.filter((i) => rows[i]?.segments.some((s) => s.x0 >= gutter));
    if (stretch.crossing || rightOnes.length === 0) {
      // Full-width text, or short lines that only happen to end before the gutter.
      const flow = flows.next++;
      for (const i of stretch.rows) place(joinSegments((rows[i] as Row).segments), i, flow, pageLeft, pageRight);
      continue;
    }
    const leftFlow = flows.next++;
    const rightFlow = flows.next++;
    for (const i of stretch.rows) {
      const left = (rows[i] as Row).segments.filter((s) => s.x1 <= gutter);
      if (left.length > 0) place(joinSegments(left), i, leftFlow, pageLeft, leftRight);
    }
    for (const i of stretch.rows) {
      const right = (rows[i] as Row).segments.filter((s) => s.x0 >= gutter);
      if (right.length > 0) place(joinSegments(right), i, rightFlow, rightLeft, pageRight);
    }
  }
  return lines;
}

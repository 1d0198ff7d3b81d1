// A PDF page's text items → segments: positions in page space, spaces restored, one segment per run of text.
import type { Segment } from './layoutTypes';

/** What is read of a pdf.js text item (`TextItem`); marked-content items have no `str` and are skipped. */
export interface PdfTextItem {
  str: string;
  /** The text matrix `[a, b, c, d, e, f]` in PDF user space. */
  transform: number[];
  /** Advance width in user space. */
  width: number;
}

type Matrix = readonly [number, number, number, number, number, number];

function multiply(m: Matrix, n: readonly number[]): Matrix {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = n;
  return [
    m[0] * a + m[2] * b,
    m[1] * a + m[3] * b,
    m[0] * c + m[2] * d,
    m[1] * c + m[3] * d,
    m[0] * e + m[2] * f + m[4],
    m[1] * e + m[3] * f + m[5],
  ];
}

/** A run of text: one text item placed on the page (top-left origin), before lines are built. */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

function isTextItem(item: unknown): item is PdfTextItem {
  return typeof item === 'object' && item !== null && typeof (item as PdfTextItem).str === 'string' && Array.isArray((item as PdfTextItem).transform);
}

/**
 * Places the items of `page.getTextContent()` with the viewport transform of
 * `page.getViewport({ scale: 1 })`, which accounts for the crop box and the page's rotation.
 * Blank items are dropped (spaces are restored from positions), and so is text that does not
 * run left to right on the page: margin stamps and vertical labels, never the body of a ruling.
 */
export function textRunsOfPage(items: readonly unknown[], viewportTransform: readonly number[]): TextRun[] {
  const viewport = [0, 1, 2, 3, 4, 5].map((i) => viewportTransform[i] ?? 0) as unknown as Matrix;
  const runs: TextRun[] = [];
  for (const item of items) {
    if (!isTextItem(item) || item.str.trim() === '') continue;
    const m = multiply(viewport, item.transform);
    const scaleX = Math.hypot(m[0], m[1]);
    const fontSize = Math.hypot(m[2], m[3]);
    // Horizontal and not mirrored: skewed text (italic shear) is fine, rotated text is not.
    if (scaleX === 0 || fontSize === 0 || m[0] <= 0 || Math.abs(m[1]) > 0.1 * scaleX) continue;
    runs.push({ text: item.str, x: m[4], y: m[5], width: item.width * (Math.hypot(viewport[0], viewport[1]) || 1), fontSize });
  }
  return runs;
}

/** Runs whose baselines differ by less than this share a row (superscripts such as `1er` sit ~0.3 em up). */
const ROW_TOLERANCE_EM = 0.45;
/** A gap wider than this inside a row separates two segments (a column gutter, a tab stop). */
const SEGMENT_GAP_EM = 1.1;
/** A gap wider than this between two runs of a segment is a space. */
const SPACE_GAP_EM = 0.15;

/**
 * Groups runs into rows by baseline, and each row into segments split at wide gaps. Spaces
 * between runs are restored from their distance, since PDFs often draw words one by one.
 */
export function segmentsOfRuns(runs: readonly TextRun[]): Segment[] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: TextRun[][] = [];
  let row: TextRun[] = [];
  let rowY = Number.NaN;
  let rowSize = 0;
  for (const run of sorted) {
    if (row.length > 0 && Math.abs(run.y - rowY) <= ROW_TOLERANCE_EM * Math.max(rowSize, run.fontSize)) {
      row.push(run);
      continue;
    }
    if (row.length > 0) rows.push(row);
    row = [run];
    rowY = run.y;
    rowSize = run.fontSize;
  }
  if (row.length > 0) rows.push(row);

  const segments: Segment[] = [];
  for (const current of rows) {
    current.sort((a, b) => a.x - b.x);
    let segment: Segment | null = null;
    // A segment's size and baseline are those of its longest run, not of a superscript `er`.
    let longest = 0;
    for (const run of current) {
      const em = Math.max(run.fontSize, segment?.fontSize ?? 0);
      const gap = segment ? run.x - segment.x1 : 0;
      if (segment && gap <= SEGMENT_GAP_EM * em) {
        const needsSpace = gap > SPACE_GAP_EM * em && !/\s$/u.test(segment.text) && !/^\s/u.test(run.text);
        segment.text += (needsSpace ? ' ' : '') + run.text;
        segment.x1 = Math.max(segment.x1, run.x + run.width);
        if (run.text.length > longest) {
          longest = run.text.length;
          segment.fontSize = run.fontSize;
          segment.y = run.y;
        }
        continue;
      }
      if (segment) segments.push(segment);
      segment = { text: run.text, x0: run.x, x1: run.x + run.width, y: run.y, fontSize: run.fontSize };
      longest = run.text.length;
    }
    if (segment) segments.push(segment);
  }
  return segments;
}

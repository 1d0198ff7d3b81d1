// Remembers the window's size, position and maximised state in userData/window-state.json, validated and kept on screen.
import { readFileSync, writeFileSync } from 'node:fs';
import type { BrowserWindow, Rectangle } from 'electron';

export interface WindowState {
  /** Absent: let the system centre the window. */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 860, maximized: false };
export const MIN_WINDOW_SIZE = { width: 720, height: 480 } as const;
/** How much of the window must stay on a display for its position to be kept: enough to grab the title bar. */
const MIN_VISIBLE = { width: 120, height: 40 } as const;
/** Far larger than any real screen, so a corrupt file cannot ask for a window of a billion pixels. */
const MAX_COORDINATE = 100_000;

const isCoordinate = (value: unknown): value is number => Number.isInteger(value) && Math.abs(value as number) <= MAX_COORDINATE;
const isSize = (value: unknown): value is number => Number.isInteger(value) && (value as number) > 0 && (value as number) <= MAX_COORDINATE;

/** The saved state if the file holds a valid one; anything else (a hand edit, a half-written file) is null. */
export function parseWindowState(value: unknown): WindowState | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  if (!isSize(record.width) || !isSize(record.height) || typeof record.maximized !== 'boolean') return null;
  const hasX = record.x !== undefined;
  const hasY = record.y !== undefined;
  if (hasX !== hasY) return null;
  if (hasX && (!isCoordinate(record.x) || !isCoordinate(record.y))) return null;
  const state: WindowState = { width: record.width, height: record.height, maximized: record.maximized };
  return hasX ? { x: record.x as number, y: record.y as number, ...state } : state;
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), Math.max(min, max));

/**
 * Keeps a saved state usable on today's displays (work areas, primary first): a monitor that was
 * unplugged, or a resolution that shrank, must not leave the window off screen or larger than it.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rectangle[]): WindowState {
  const primary = workAreas[0];
  if (!primary) return state;
  const size = (area: Rectangle) => ({
    width: clamp(state.width, Math.min(MIN_WINDOW_SIZE.width, area.width), area.width),
    height: clamp(state.height, Math.min(MIN_WINDOW_SIZE.height, area.height), area.height),
  });
  if (state.x === undefined || state.y === undefined) return { ...size(primary), maximized: state.maximized };

  const bounds = { x: state.x, y: state.y, width: state.width, height: state.height };
  let best: { area: Rectangle; visible: number } | null = null;
  for (const area of workAreas) {
    const { width, height } = overlap(bounds, area);
    if (width >= MIN_VISIBLE.width && height >= MIN_VISIBLE.height && (!best || width * height > best.visible)) {
      best = { area, visible: width * height };
    }
  }
  // Not visible anywhere: forget the position, keep a size that fits, let the system centre it.
  if (!best) return { ...size(primary), maximized: state.maximized };
  const { area } = best;
  const fitted = size(area);
  return {
    x: clamp(state.x, area.x, area.x + area.width - fitted.width),
    y: clamp(state.y, area.y, area.y + area.height - fitted.height),
    ...fitted,
    maximized: state.maximized,
  };
}

/** Reads the saved state, or the default; never throws (a broken file only costs the user the old position). */
export function loadWindowState(file: string, workAreas: readonly Rectangle[]): WindowState {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch {
    return fitToDisplays(DEFAULT_WINDOW_STATE, workAreas);
  }
  let parsed: WindowState | null = null;
  try {
    parsed = parseWindowState(JSON.parse(raw));
  } catch {
    parsed = null;
  }
  if (!parsed) console.warn(`[glose] ignored an invalid window state in ${file}`);
  return fitToDisplays(parsed ?? DEFAULT_WINDOW_STATE, workAreas);
}

/** The state worth saving: the normal (unmaximised) bounds, so un-maximising restores the user's size. */
export function captureWindowState(window: Pick<BrowserWindow, 'getNormalBounds' | 'isMaximized'>): WindowState {
  const { x, y, width, height } = window.getNormalBounds();
  return { x, y, width, height, maximized: window.isMaximized() };
}

/** Saves when the window closes; synchronous because the process may exit right after. */
export function trackWindowState(window: BrowserWindow, file: string): void {
  window.on('close', () => {
    try {
      writeFileSync(file, JSON.stringify(captureWindowState(window)), 'utf8');
    } catch (error) {
      console.warn('[glose] could not save the window state', error);
    }
  });
}

// Files the OS asks Glose to open (command line, Open with, double-click, macOS open-file, a second launch):
// read in main and handed to the renderer once it listens, with a message for every path that cannot be read.
import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { WebContents } from 'electron';
import { IPC_EVENTS, type SystemFileProblem, type SystemFiles } from '../shared/ipc';
import { readPickedFile } from './ipc/files';

/** More is a mistake (a glob gone wrong); the rest are ignored with a log line rather than read into memory. */
export const MAX_SYSTEM_FILES = 100;
/** Tickets still answerable: a renderer reports back within one import batch, far fewer than this. */
const MAX_TICKETS = 500;

/** What main remembers about files from the OS: the recent list, and which library document each path became. */
export interface SystemFileMemory {
  /** Told of every file read (the recent documents). */
  onRead?: (filePath: string) => void;
  /** The library document a path became last time it was opened. */
  documentFor?: (filePath: string) => string | undefined;
  /** Told which library document a delivered file became. */
  onImported?: (filePath: string, docId: string) => void;
}

export interface ArgvOptions {
  /** Unpackaged, the first argument that is not a switch is the app folder given to the electron binary, not a document. */
  isPackaged: boolean;
  /** Relative paths are relative to where the user launched Glose, which the second instance reports. */
  cwd: string;
}

/**
 * The document paths in a launch's argv. Skips the executable (and the app folder when unpackaged),
 * every switch (`--flag`, `-psn_…` from old macOS Finder launches, Chromium's and Playwright's own
 * switches, which may come before the app folder), and URLs: only plain paths are files the user meant to open.
 */
export function filePathsFromArgv(argv: readonly string[], { isPackaged, cwd }: ArgvOptions): string[] {
  const paths: string[] = [];
  let appFolderSkipped = isPackaged;
  let afterDoubleDash = false;
  for (const arg of argv.slice(1)) {
    if (!afterDoubleDash && arg === '--') {
      afterDoubleDash = true;
      continue;
    }
    if (!arg || (!afterDoubleDash && arg.startsWith('-'))) continue;
    if (!appFolderSkipped) {
      appFolderSkipped = true;
      continue;
    }
    // `file:///…` from a desktop entry's %U; any other scheme is not a file.
    if (/^[a-z][a-z0-9+.-]+:\/\//i.test(arg)) {
      if (/^file:\/\//i.test(arg)) {
        try {
          paths.push(decodeURIComponent(new URL(arg).pathname));
        } catch {
          /* not a valid file URL: ignored */
        }
      }
      continue;
    }
    paths.push(path.resolve(cwd, arg));
  }
  return [...new Set(paths)];
}

function problemOf(error: unknown): SystemFileProblem {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'notFound';
  if (code === 'EISDIR') return 'notAFile';
  return 'unreadable';
}

/**
 * Reads what can be read; a missing or unreadable path becomes a problem for the renderer to word, never a throw.
 * `label` gives each file its ticket and the document its path became last time (also told for a problem:
 * a moved file whose document is in the library still opens).
 */
export async function readSystemFiles(
  paths: readonly string[],
  onRead: (filePath: string) => void = () => undefined,
  label: (filePath: string) => { ticket: string; docId?: string } = () => ({ ticket: randomUUID() }),
): Promise<SystemFiles> {
  const result: SystemFiles = { files: [], problems: [] };
  if (paths.length > MAX_SYSTEM_FILES) console.warn(`[glose] ${paths.length} files to open; only the first ${MAX_SYSTEM_FILES} are read`);
  for (const filePath of paths.slice(0, MAX_SYSTEM_FILES)) {
    const name = path.basename(filePath);
    const { ticket, docId } = label(filePath);
    const known = docId === undefined ? {} : { docId };
    try {
      const info = await stat(filePath);
      if (!info.isFile()) {
        result.problems.push({ name, problem: 'notAFile', ...known });
        continue;
      }
      result.files.push({ ...(await readPickedFile(filePath)), ticket, ...known });
      onRead(filePath);
    } catch (error) {
      console.warn(`[glose] could not open ${filePath}:`, error instanceof Error ? error.message : error);
      result.problems.push({ name, problem: problemOf(error), ...known });
    }
  }
  return result;
}

type Target = Pick<WebContents, 'send' | 'isDestroyed'>;

/**
 * Holds paths until the renderer says it listens (system-files:ready): a file given on the command line
 * arrives long before React has mounted, and a message sent then would be lost.
 */
export class SystemFileInbox {
  private pending: string[] = [];
  private target: Target | null = null;
  private flushing: Promise<void> = Promise.resolve();
  /** Ticket → path of the files delivered: the page names a file by its ticket, never by a path it could choose. */
  private readonly tickets = new Map<string, string>();

  constructor(private readonly memory: SystemFileMemory = {}) {}

  open(paths: readonly string[]): Promise<void> {
    this.pending.push(...paths);
    return this.flush();
  }

  /** The renderer of `target` listens now; anything waiting is delivered. */
  ready(target: Target): Promise<void> {
    this.target = target;
    return this.flush();
  }

  /** The page is reloading: its listener is gone until it says ready again. */
  forget(target: Target): void {
    if (this.target === target) this.target = null;
  }

  /** The renderer says the file it got under `ticket` is now library document `docId`. Unknown tickets are ignored. */
  imported(ticket: string, docId: string): boolean {
    const filePath = this.tickets.get(ticket);
    if (filePath === undefined) return false;
    this.memory.onImported?.(filePath, docId);
    return true;
  }

  private label(filePath: string): { ticket: string; docId?: string } {
    const ticket = randomUUID();
    this.tickets.set(ticket, filePath);
    if (this.tickets.size > MAX_TICKETS) this.tickets.delete(this.tickets.keys().next().value as string);
    const docId = this.memory.documentFor?.(filePath);
    return docId === undefined ? { ticket } : { ticket, docId };
  }

  private flush(): Promise<void> {
    // One delivery at a time, in order: two launches in a row must not interleave their files.
    this.flushing = this.flushing.then(async () => {
      const target = this.target;
      if (!target || target.isDestroyed() || this.pending.length === 0) return;
      const paths = this.pending.splice(0);
      const files = await readSystemFiles(paths, this.memory.onRead, (filePath) => this.label(filePath));
      if (target.isDestroyed()) return;
      target.send(IPC_EVENTS.systemFilesOpened, files);
    });
    return this.flushing;
  }
}

// Recent documents: the OS list (app.addRecentDocument) and Glose's own, kept in userData for the File menu,
// each path with the library document it became, so that reopening it opens that document rather than importing again.
import { readFileSync, writeFileSync } from 'node:fs';
import { app } from 'electron';

export const RECENT_FILE = 'recent-documents.json';
export const MAX_RECENT = 10;
const MAX_PATH = 4096;
const MAX_DOC_ID = 200;

/** A recent path, and the library document it became when Glose last opened it. */
export interface RecentEntry {
  path: string;
  docId?: string;
}

/** The list with `filePath` first, without duplicates, at most MAX_RECENT long; a path opened again keeps its document. */
export function withRecent(list: readonly RecentEntry[], filePath: string): RecentEntry[] {
  const known = list.find((entry) => entry.path === filePath);
  return [known ?? { path: filePath }, ...list.filter((entry) => entry.path !== filePath)].slice(0, MAX_RECENT);
}

const isPath = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= MAX_PATH;
const isDocId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= MAX_DOC_ID;

/**
 * A saved list, validated: paths alone (the first format) or `{path, docId}`; anything else is dropped,
 * and a malformed document id only loses the memory of the document, not the path.
 */
export function parseRecent(value: unknown): RecentEntry[] {
  if (!Array.isArray(value)) return [];
  const entries: RecentEntry[] = [];
  for (const item of value) {
    if (isPath(item)) entries.push({ path: item });
    else if (typeof item === 'object' && item !== null && isPath((item as { path?: unknown }).path)) {
      const { path, docId } = item as { path: string; docId?: unknown };
      entries.push(isDocId(docId) ? { path, docId } : { path });
    }
  }
  return entries.slice(0, MAX_RECENT);
}

export class RecentDocuments {
  private list: RecentEntry[];

  constructor(
    private readonly file: string,
    private readonly onChange: () => void = () => undefined,
  ) {
    this.list = RecentDocuments.read(file);
  }

  private static read(file: string): RecentEntry[] {
    try {
      return parseRecent(JSON.parse(readFileSync(file, 'utf8')));
    } catch {
      return [];
    }
  }

  /** The paths, newest first, for the menu. */
  entries(): readonly string[] {
    return this.list.map((entry) => entry.path);
  }

  /** The library document `filePath` became last time it was opened, if Glose was told. */
  documentFor(filePath: string): string | undefined {
    return this.list.find((entry) => entry.path === filePath)?.docId;
  }

  add(filePath: string): void {
    // The OS list: the Dock on macOS, the taskbar Jump List on Windows, recently-used.xbel on Linux.
    app.addRecentDocument(filePath);
    this.list = withRecent(this.list, filePath);
    this.save();
  }

  /** `filePath` is now the library document `docId` (imported, or found already there). */
  remember(filePath: string, docId: string): void {
    if (!isDocId(docId)) return;
    const entry = this.list.find((item) => item.path === filePath);
    if (!entry || entry.docId === docId) return;
    entry.docId = docId;
    this.save(false);
  }

  clear(): void {
    app.clearRecentDocuments();
    this.list = [];
    this.save();
  }

  private save(changedMenu = true): void {
    try {
      writeFileSync(this.file, JSON.stringify(this.list), 'utf8');
    } catch (error) {
      console.warn('[glose] could not save the recent documents', error);
    }
    if (changedMenu) this.onChange();
  }
}

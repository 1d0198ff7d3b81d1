// Recent documents: the OS list (app.addRecentDocument) and Glose's own, kept in userData for the File menu.
import { readFileSync, writeFileSync } from 'node:fs';
import { app } from 'electron';

export const RECENT_FILE = 'recent-documents.json';
export const MAX_RECENT = 10;
const MAX_PATH = 4096;

/** The list with `filePath` first, without duplicates, at most MAX_RECENT long. */
export function withRecent(list: readonly string[], filePath: string): string[] {
  return [filePath, ...list.filter((entry) => entry !== filePath)].slice(0, MAX_RECENT);
}

/** A saved list, validated: anything that is not an array of sensible strings is dropped. */
export function parseRecent(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.filter((entry): entry is string => typeof entry === 'string' && entry.length > 0 && entry.length <= MAX_PATH).slice(0, MAX_RECENT);
}

export class RecentDocuments {
  private list: string[];

  constructor(
    private readonly file: string,
    private readonly onChange: () => void = () => undefined,
  ) {
    this.list = RecentDocuments.read(file);
  }

  private static read(file: string): string[] {
    try {
      return parseRecent(JSON.parse(readFileSync(file, 'utf8')));
    } catch {
      return [];
    }
  }

  entries(): readonly string[] {
    return this.list;
  }

  add(filePath: string): void {
    // The OS list: the Dock on macOS, the taskbar Jump List on Windows, recently-used.xbel on Linux.
    app.addRecentDocument(filePath);
    this.list = withRecent(this.list, filePath);
    this.save();
  }

  clear(): void {
    app.clearRecentDocuments();
    this.list = [];
    this.save();
  }

  private save(): void {
    try {
      writeFileSync(this.file, JSON.stringify(this.list), 'utf8');
    } catch (error) {
      console.warn('[glose] could not save the recent documents', error);
    }
    this.onChange();
  }
}

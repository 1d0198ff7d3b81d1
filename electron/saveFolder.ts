// Remembers the folder of the last file saved (userData/save-folder.json), so the next save dialog opens there.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const SAVE_FOLDER_FILE = 'save-folder.json';
const MAX_PATH = 4096;

export interface SaveFolderMemory {
  /** The last folder, if it still exists. */
  get(): string | undefined;
  /** Called with the path of a file just saved. */
  remember(filePath: string): void;
}

/** A folder worth reopening: an absolute path, no control characters, still a directory. */
export function isUsableFolder(value: unknown): value is string {
  // eslint-disable-next-line no-control-regex -- a path with control characters is a corrupt file, not a folder
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_PATH || /[\u0000-\u001f]/.test(value) || !path.isAbsolute(value)) return false;
  try {
    return statSync(value).isDirectory();
  } catch {
    return false;
  }
}

/** Kept in memory only: for tests and for the window before userData is known. */
export function memorySaveFolder(): SaveFolderMemory {
  let folder: string | undefined;
  return {
    get: () => (isUsableFolder(folder) ? folder : undefined),
    remember: (filePath) => {
      folder = path.dirname(filePath);
    },
  };
}

/** Backed by a small JSON file; a missing, hand-edited or half-written file only costs the user the folder. */
export function fileSaveFolder(file: string): SaveFolderMemory {
  let folder: string | undefined;
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    const candidate = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>).lastFolder : undefined;
    if (isUsableFolder(candidate)) folder = candidate;
  } catch {
    folder = undefined;
  }
  return {
    get: () => (isUsableFolder(folder) ? folder : undefined),
    remember: (filePath) => {
      folder = path.dirname(filePath);
      try {
        writeFileSync(file, JSON.stringify({ lastFolder: folder }), 'utf8');
      } catch (error) {
        console.warn('[glose] could not remember the save folder', error);
      }
    },
  };
}

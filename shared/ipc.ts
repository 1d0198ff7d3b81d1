// The one contract between the renderer and its host (Electron preload or browser).
// Channel names are shared constants in `feature:action` form; payloads are plain data.
import type { Lang } from './i18n';

/** Files larger than this are refused before they are read (50 MiB). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** Renderer → main requests (`ipcRenderer.invoke`); main checks the sender and the payload of each. */
export const IPC_CHANNELS = {
  filesOpen: 'files:open',
  filesSave: 'files:save',
  /** The renderer is listening: main delivers the files the OS asked it to open (argv, open-file, second launch). */
  systemFilesReady: 'system-files:ready',
  /** A file the OS handed over is now this library document: main remembers it with the recent entry of its path. */
  systemFilesImported: 'system-files:imported',
  menuUpdate: 'menu:update',
  shellOpenExternal: 'shell:open-external',
  clipboardWrite: 'clipboard:write',
  /** A backup streamed to a file: begin (save dialog, or the automatic backup's file), chunks, end (rename into place or discard). */
  backupSaveBegin: 'backup:save-begin',
  backupWrite: 'backup:write',
  backupSaveEnd: 'backup:save-end',
  /** A backup file read in pieces, twice (check, then restore): open (dialog), read at a position, close. */
  backupOpen: 'backup:open',
  backupRead: 'backup:read',
  backupClose: 'backup:close',
  /** Prints an exported argument list (HTML) to PDF in a hidden, script-less window, then saves it. */
  exportPrintPdf: 'export:print-pdf',
} as const;
export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS];

/** Main → renderer messages (`webContents.send`); the renderer only listens to them. */
export const IPC_EVENTS = {
  menuCommand: 'menu:command',
  systemFilesOpened: 'system-files:opened',
  /** Main is quitting: the renderer writes the automatic backup into the session it names, then ends it. */
  backupOnQuit: 'backup:on-quit',
} as const;

/** The most text one backup:write may carry; the renderer sends pages far smaller. */
export const MAX_BACKUP_CHUNK_CHARS = 64 * 1024 * 1024;
/** Bytes one backup:read returns at most. */
export const BACKUP_READ_BYTES = 1024 * 1024;

export interface BackupSaveRequest {
  title: string;
  suggestedName: string;
  filters: FileFilter[];
}

/** A write session: `handle` names it in backup:write and backup:save-end. */
export type BackupSaveBegin = { status: 'opened'; handle: string } | { status: 'cancelled' };

/** A backup file the user picked to restore, open in main until backup:close. */
export interface OpenedBackup {
  handle: string;
  name: string;
  size: number;
}

/** Main asks for the automatic backup on quit: it has opened the write session `handle` in the backups folder. */
export interface AutoBackupRequest {
  handle: string;
}

export interface FileFilter {
  /** Shown in the native dialog, already translated. */
  name: string;
  /** Extensions without the dot. */
  extensions: string[];
}

export interface OpenFilesRequest {
  title: string;
  filters: FileFilter[];
}

/** A file the user picked. `bytes` is null when the file was over MAX_IMPORT_BYTES and was not read. */
export interface PickedFile {
  name: string;
  size: number;
  bytes: Uint8Array | null;
}

export interface SaveFileRequest {
  title: string;
  suggestedName: string;
  mimeType: string;
  filters: FileFilter[];
  /** Text is written as UTF-8. */
  data: string | Uint8Array;
}

export type SaveFileResult = { status: 'saved'; path?: string } | { status: 'cancelled' };

/** The export's HTML page, printed to PDF by the host. Main refuses pages over MAX_PRINT_HTML. */
export interface PrintPdfRequest {
  title: string;
  suggestedName: string;
  filters: FileFilter[];
  html: string;
}

/** 64 MiB of HTML is ~10,000 passages with long notes, several times over. */
export const MAX_PRINT_HTML = 64 * 1024 * 1024;

/** What a native menu item asks the renderer to do. */
export const MENU_COMMAND_IDS = [
  'import',
  'export',
  'undo',
  'redo',
  'copyWithCitation',
  'find',
  'showLibrary',
  'showReader',
  'showCompare',
  'toggleDarkMode',
  'showShortcuts',
  'backup',
  'restore',
  'showSettings',
] as const;
export type MenuCommandId = (typeof MENU_COMMAND_IDS)[number];
export type MenuCommand = { id: MenuCommandId } | { id: 'tag'; tagId: string };

/** A codebook tag as the Tags menu shows it: already translated, with its key. */
export interface MenuTag {
  id: string;
  name: string;
  shortcut?: string;
}

/** What the renderer tells main so the menu matches the interface: language, toggles, what is possible now. */
export interface MenuState {
  lang: Lang;
  darkMode: boolean;
  /** A document is open, so Copy with citation, Find and the tags apply (Export works from the library too). */
  documentOpen: boolean;
  /** A document was opened before, so View › Reader has somewhere to go. */
  readerAvailable: boolean;
  tags: MenuTag[];
}

/** Why a file the OS handed to Glose could not be delivered; the renderer words the message. */
export type SystemFileProblem = 'notFound' | 'notAFile' | 'unreadable';

/**
 * A file the OS handed over. `ticket` names its path without showing it to the page (the renderer hands it
 * back with the document it became); `docId` is the library document this path became last time, if any.
 */
export interface SystemFile extends PickedFile {
  ticket: string;
  docId?: string;
}

/** Files the OS asked Glose to open, read by main, and the ones it could not read (with the document they became, if known). */
export interface SystemFiles {
  files: SystemFile[];
  problems: Array<{ name: string; problem: SystemFileProblem; docId?: string }>;
}

/** What the renderer tells main once a system file is in the library (imported, or found already there). */
export interface SystemFileImported {
  ticket: string;
  docId: string;
}

export type OpenExternalResult = 'opened' | 'cancelled' | 'refused';

/** Copy with citation: the same passage as plain text and as HTML, for a word processor to pick from. */
export interface ClipboardContent {
  text: string;
  html: string;
}

export interface DesktopBridge {
  readonly host: 'electron' | 'web';
  openFiles(request: OpenFilesRequest): Promise<PickedFile[]>;
  /** Electron: native save dialog (it remembers the last folder), then writes. Web: a download. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /**
   * Electron: prints the HTML to PDF (hidden sandboxed window, JavaScript off, network blocked) and saves
   * it through the save dialog. Web: opens the browser's print dialog on the page, where "Save as PDF" is.
   */
  printPdf(request: PrintPdfRequest): Promise<SaveFileResult>;
  /** Native menu commands; the web edition has no native menu and registers nothing. Returns the unsubscribe. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Files opened from the OS (Open with, double-click, command line). Returns the unsubscribe. */
  onSystemFiles(listener: (files: SystemFiles) => void): () => void;
  /** Desktop: remembers which library document a system file became, so Recent documents opens it next time. Web: nothing. */
  systemFileImported(imported: SystemFileImported): Promise<void>;
  /** Rebuilds the native menu for the interface's state; nothing in the web edition. */
  updateMenu(state: MenuState): Promise<void>;
  /** An http(s) link the user clicked: the host confirms before it leaves Glose. */
  openExternal(url: string): Promise<OpenExternalResult>;
  writeClipboard(content: ClipboardContent): Promise<void>;
  /** Backups are streamed, never one string: a save session takes chunks (web: parts of a Blob downloaded at the end). */
  beginBackupSave(request: BackupSaveRequest): Promise<BackupSaveBegin>;
  writeBackupChunk(handle: string, text: string): Promise<void>;
  /** `complete` false discards what was written (a failed backup leaves no half file). */
  endBackupSave(handle: string, complete: boolean): Promise<SaveFileResult>;
  /** Picks one backup file to restore; null when cancelled. */
  openBackup(request: OpenFilesRequest): Promise<OpenedBackup | null>;
  /** Up to BACKUP_READ_BYTES from `position`; empty at the end of the file. */
  readBackupChunk(handle: string, position: number): Promise<Uint8Array>;
  closeBackup(handle: string): Promise<void>;
  /** The automatic backup on quit (desktop only). Returns the unsubscribe. */
  onAutoBackup(listener: (request: AutoBackupRequest) => void): () => void;
}

/** Only these leave Glose, and only when the user clicks them and confirms. */
export function isExternalLinkUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/** Name under which the preload exposes the bridge on `window`. */
export const BRIDGE_GLOBAL = 'glose';

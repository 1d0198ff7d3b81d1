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
  menuUpdate: 'menu:update',
  shellOpenExternal: 'shell:open-external',
  clipboardWrite: 'clipboard:write',
  /** Prints an exported argument list (HTML) to PDF in a hidden, script-less window, then saves it. */
  exportPrintPdf: 'export:print-pdf',
} as const;
export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS];

/** Main → renderer messages (`webContents.send`); the renderer only listens to them. */
export const IPC_EVENTS = {
  menuCommand: 'menu:command',
  systemFilesOpened: 'system-files:opened',
} as const;

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
  'toggleDarkMode',
  'showShortcuts',
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

/** Files the OS asked Glose to open, read by main, and the ones it could not read. */
export interface SystemFiles {
  files: PickedFile[];
  problems: Array<{ name: string; problem: SystemFileProblem }>;
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
  /** Rebuilds the native menu for the interface's state; nothing in the web edition. */
  updateMenu(state: MenuState): Promise<void>;
  /** An http(s) link the user clicked: the host confirms before it leaves Glose. */
  openExternal(url: string): Promise<OpenExternalResult>;
  writeClipboard(content: ClipboardContent): Promise<void>;
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

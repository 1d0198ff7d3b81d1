// The one contract between the renderer and its host (Electron preload or browser).
// Channel names are shared constants in `feature:action` form; payloads are plain data.

/** Files larger than this are refused before they are read (50 MiB). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export const IPC_CHANNELS = {
  filesOpen: 'files:open',
  filesSave: 'files:save',
} as const;
export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS];

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

export interface DesktopBridge {
  readonly host: 'electron' | 'web';
  openFiles(request: OpenFilesRequest): Promise<PickedFile[]>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
}

/** Name under which the preload exposes the bridge on `window`. */
export const BRIDGE_GLOBAL = 'glose';

// The sandboxed preload: exposes the narrow, typed bridge of shared/ipc.ts as `window.glose`, nothing more.
// Bundled as CommonJS; a sandboxed preload may import only 'electron' (everything else is inlined).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  BRIDGE_GLOBAL,
  IPC_CHANNELS,
  IPC_EVENTS,
  type AutoBackupRequest,
  type BackupSaveBegin,
  type BackupSaveRequest,
  type ClipboardContent,
  type DesktopBridge,
  type MenuCommand,
  type MenuState,
  type OpenedBackup,
  type OpenExternalResult,
  type OpenFilesRequest,
  type PickedFile,
  type PrintPdfRequest,
  type SaveFileRequest,
  type SaveFileResult,
  type SystemFileImported,
  type SystemFiles,
} from '../shared/ipc';

/**
 * Subscribes the page to one main → renderer event. The page's listener gets the payload only,
 * never the IpcRendererEvent (which would hand it `sender`, i.e. ipcRenderer itself).
 */
function listen<T>(channel: string, listener: (payload: T) => void): () => void {
  const wrapped = (_event: IpcRendererEvent, payload: T) => listener(payload);
  ipcRenderer.on(channel, wrapped);
  return () => {
    ipcRenderer.removeListener(channel, wrapped);
  };
}

// Functions that forward plain data: the page never gets ipcRenderer or any Electron object.
const bridge = {
  host: 'electron',
  openFiles: (request: OpenFilesRequest): Promise<PickedFile[]> => ipcRenderer.invoke(IPC_CHANNELS.filesOpen, request),
  saveFile: (request: SaveFileRequest): Promise<SaveFileResult> => ipcRenderer.invoke(IPC_CHANNELS.filesSave, request),
  printPdf: (request: PrintPdfRequest): Promise<SaveFileResult> => ipcRenderer.invoke(IPC_CHANNELS.exportPrintPdf, request),
  onMenuCommand: (listener: (command: MenuCommand) => void): (() => void) => listen(IPC_EVENTS.menuCommand, listener),
  onSystemFiles: (listener: (files: SystemFiles) => void): (() => void) => {
    const unsubscribe = listen(IPC_EVENTS.systemFilesOpened, listener);
    // Only now may main deliver the files it has been holding since launch.
    ipcRenderer.invoke(IPC_CHANNELS.systemFilesReady).catch((error: unknown) => console.error('[glose] system files', error));
    return unsubscribe;
  },
  systemFileImported: (imported: SystemFileImported): Promise<void> => ipcRenderer.invoke(IPC_CHANNELS.systemFilesImported, imported),
  updateMenu: (state: MenuState): Promise<void> => ipcRenderer.invoke(IPC_CHANNELS.menuUpdate, state),
  openExternal: (url: string): Promise<OpenExternalResult> => ipcRenderer.invoke(IPC_CHANNELS.shellOpenExternal, url),
  writeClipboard: (content: ClipboardContent): Promise<void> => ipcRenderer.invoke(IPC_CHANNELS.clipboardWrite, content),
  beginBackupSave: (request: BackupSaveRequest): Promise<BackupSaveBegin> => ipcRenderer.invoke(IPC_CHANNELS.backupSaveBegin, request),
  writeBackupChunk: (handle: string, text: string): Promise<void> => ipcRenderer.invoke(IPC_CHANNELS.backupWrite, { handle, text }),
  endBackupSave: (handle: string, complete: boolean): Promise<SaveFileResult> => ipcRenderer.invoke(IPC_CHANNELS.backupSaveEnd, { handle, complete }),
  openBackup: (request: OpenFilesRequest): Promise<OpenedBackup | null> => ipcRenderer.invoke(IPC_CHANNELS.backupOpen, request),
  readBackupChunk: (handle: string, position: number): Promise<Uint8Array> => ipcRenderer.invoke(IPC_CHANNELS.backupRead, { handle, position }),
  closeBackup: (handle: string): Promise<void> => ipcRenderer.invoke(IPC_CHANNELS.backupClose, { handle }),
  onAutoBackup: (listener: (request: AutoBackupRequest) => void): (() => void) => listen(IPC_EVENTS.backupOnQuit, listener),
} as const satisfies DesktopBridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);

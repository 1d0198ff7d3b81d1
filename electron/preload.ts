// The sandboxed preload: exposes the narrow, typed bridge of shared/ipc.ts as `window.glose`, nothing more.
// Bundled as CommonJS; a sandboxed preload may import only 'electron' (everything else is inlined).
import { contextBridge, ipcRenderer } from 'electron';
import {
  BRIDGE_GLOBAL,
  IPC_CHANNELS,
  type DesktopBridge,
  type OpenFilesRequest,
  type PickedFile,
  type SaveFileRequest,
  type SaveFileResult,
} from '../shared/ipc';

// Functions that forward plain data: the page never gets ipcRenderer or any Electron object.
const bridge = {
  host: 'electron',
  openFiles: (request: OpenFilesRequest): Promise<PickedFile[]> => ipcRenderer.invoke(IPC_CHANNELS.filesOpen, request),
  saveFile: (request: SaveFileRequest): Promise<SaveFileResult> => ipcRenderer.invoke(IPC_CHANNELS.filesSave, request),
} as const satisfies DesktopBridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);

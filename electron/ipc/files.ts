// IPC for files: the native open dialog that reads what the user picked, and the save dialog that writes.
import {
  BrowserWindow,
  dialog,
  ipcMain,
  type IpcMainInvokeEvent,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import { open, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  IPC_CHANNELS,
  MAX_IMPORT_BYTES,
  type FileFilter,
  type PickedFile,
  type SaveFileResult,
} from '../../shared/ipc';
import { memorySaveFolder, type SaveFolderMemory } from '../saveFolder';
import { assertPayload, assertTrustedSender, isOpenFilesRequest, isSaveFileRequest, safeFileName } from './validate';

/** Reads one picked file, unless it is over the import limit: then only its size is reported. */
export async function readPickedFile(filePath: string): Promise<PickedFile> {
  const name = path.basename(filePath);
  // Stat and read through one handle, so a file that grows in between is still measured right.
  const handle = await open(filePath, 'r');
  try {
    const { size } = await handle.stat();
    if (size > MAX_IMPORT_BYTES) return { name, size, bytes: null };
    const buffer = await handle.readFile();
    // A plain Uint8Array, not a Buffer: it is what the renderer's type promises.
    return { name, size: buffer.byteLength, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) };
  } finally {
    await handle.close();
  }
}

function parentWindow(event: IpcMainInvokeEvent): BrowserWindow | null {
  return BrowserWindow.fromWebContents(event.sender);
}

export async function handleOpenFiles(
  event: IpcMainInvokeEvent,
  payload: unknown,
  onFileOpened: (filePath: string) => void = () => undefined,
): Promise<PickedFile[]> {
  assertTrustedSender(event, IPC_CHANNELS.filesOpen);
  const request = assertPayload(payload, isOpenFilesRequest, IPC_CHANNELS.filesOpen);
  const options: OpenDialogOptions = {
    title: request.title,
    filters: request.filters,
    properties: ['openFile', 'multiSelections'],
  };
  const parent = parentWindow(event);
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  if (result.canceled) return [];

  const picked: PickedFile[] = [];
  for (const filePath of result.filePaths) {
    try {
      picked.push(await readPickedFile(filePath));
      onFileOpened(filePath);
    } catch (error) {
      // The renderer shows the message; the name tells the user which file it was.
      throw new Error(`${path.basename(filePath)} could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return picked;
}

/**
 * The native save dialog, opened in the folder of the last save, then `write` to the chosen path.
 * The folder is remembered only once the file is written.
 */
export async function saveThroughDialog(
  event: IpcMainInvokeEvent,
  request: { title: string; suggestedName: string; filters: FileFilter[] },
  folder: SaveFolderMemory,
  write: (filePath: string) => Promise<void>,
): Promise<SaveFileResult> {
  const name = safeFileName(request.suggestedName);
  const last = folder.get();
  const options: SaveDialogOptions = {
    title: request.title,
    defaultPath: last ? path.join(last, name) : name,
    filters: request.filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const parent = parentWindow(event);
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return { status: 'cancelled' };
  await write(result.filePath);
  folder.remember(result.filePath);
  return { status: 'saved', path: result.filePath };
}

export async function handleSaveFile(event: IpcMainInvokeEvent, payload: unknown, folder: SaveFolderMemory = memorySaveFolder()): Promise<SaveFileResult> {
  assertTrustedSender(event, IPC_CHANNELS.filesSave);
  const request = assertPayload(payload, isSaveFileRequest, IPC_CHANNELS.filesSave);
  return saveThroughDialog(event, request, folder, async (filePath) => {
    if (typeof request.data === 'string') await writeFile(filePath, request.data, 'utf8');
    else await writeFile(filePath, request.data);
  });
}

export function registerFileHandlers(onFileOpened?: (filePath: string) => void, folder: SaveFolderMemory = memorySaveFolder()): void {
  ipcMain.handle(IPC_CHANNELS.filesOpen, (event: IpcMainInvokeEvent, payload: unknown) => handleOpenFiles(event, payload, onFileOpened));
  ipcMain.handle(IPC_CHANNELS.filesSave, (event: IpcMainInvokeEvent, payload: unknown) => handleSaveFile(event, payload, folder));
}

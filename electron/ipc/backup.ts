// IPC for backups: a backup streamed into a file chunk by chunk, and a backup file read back in pieces for a restore.
import { randomUUID } from 'node:crypto';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent, type SaveDialogOptions } from 'electron';
import { BACKUP_READ_BYTES, IPC_CHANNELS, MAX_BACKUP_CHUNK_CHARS, type BackupSaveBegin, type BackupSaveRequest, type OpenedBackup, type SaveFileResult } from '../../shared/ipc';
import { assertPayload, assertTrustedSender, isFileFilter, isOpenFilesRequest, isRecord, safeFileName } from './validate';

interface WriteSession {
  /** Where the file goes once complete; it is written beside it first, so a failed backup never leaves half a file. */
  target: string;
  partial: string;
  file: FileHandle;
  /** The page that opened it: another one may not write into it. */
  senderId: number;
  /** Told when the session ends, whether the backup was complete (the automatic backup on quit waits on it). */
  onEnd?: (complete: boolean) => void;
  /** Told of each chunk (the quit timer counts silence, not total time). */
  onWrite?: () => void;
  /** Writes are chained: two chunks sent back to back land in order. */
  queue: Promise<void>;
}

interface ReadSession {
  file: FileHandle;
  size: number;
  senderId: number;
}

const writes = new Map<string, WriteSession>();
const reads = new Map<string, ReadSession>();

const MAX_HANDLE = 64;
const isHandle = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= MAX_HANDLE;

function isBackupSaveRequest(value: unknown): value is BackupSaveRequest {
  return (
    isRecord(value) &&
    typeof value.title === 'string' &&
    value.title.length <= 500 &&
    typeof value.suggestedName === 'string' &&
    value.suggestedName.length <= 255 &&
    Array.isArray(value.filters) &&
    value.filters.length <= 32 &&
    value.filters.every(isFileFilter)
  );
}

function isWriteChunk(value: unknown): value is { handle: string; text: string } {
  return isRecord(value) && isHandle(value.handle) && typeof value.text === 'string' && value.text.length <= MAX_BACKUP_CHUNK_CHARS;
}

function isSaveEnd(value: unknown): value is { handle: string; complete: boolean } {
  return isRecord(value) && isHandle(value.handle) && typeof value.complete === 'boolean';
}

function isReadRequest(value: unknown): value is { handle: string; position: number } {
  return isRecord(value) && isHandle(value.handle) && typeof value.position === 'number' && Number.isSafeInteger(value.position) && value.position >= 0;
}

function isHandleRequest(value: unknown): value is { handle: string } {
  return isRecord(value) && isHandle(value.handle);
}

/** Opens a write session on `target` (used by the save dialog and by the automatic backup). */
export async function openWriteSession(target: string, senderId: number, hooks: Pick<WriteSession, 'onEnd' | 'onWrite'> = {}): Promise<string> {
  const partial = `${target}.part`;
  const file = await open(partial, 'w');
  const handle = randomUUID();
  writes.set(handle, { target, partial, file, senderId, queue: Promise.resolve(), ...hooks });
  return handle;
}

/** Ends a write session: the file moves into place when complete, and is removed otherwise. */
export async function endWriteSession(handle: string, complete: boolean): Promise<string | null> {
  const session = writes.get(handle);
  if (!session) return null;
  writes.delete(handle);
  try {
    await session.queue.catch(() => undefined);
    await session.file.close();
    if (complete) await rename(session.partial, session.target);
    else await rm(session.partial, { force: true });
  } catch (error) {
    await rm(session.partial, { force: true }).catch(() => undefined);
    session.onEnd?.(false);
    throw error;
  }
  session.onEnd?.(complete);
  return complete ? session.target : null;
}

function ownWrite(event: IpcMainInvokeEvent, handle: string, channel: string): WriteSession {
  const session = writes.get(handle);
  if (!session || session.senderId !== event.sender.id) throw new Error(`${channel}: no such backup being written.`);
  return session;
}

function ownRead(event: IpcMainInvokeEvent, handle: string, channel: string): ReadSession {
  const session = reads.get(handle);
  if (!session || session.senderId !== event.sender.id) throw new Error(`${channel}: no such backup open.`);
  return session;
}

export async function handleBackupSaveBegin(event: IpcMainInvokeEvent, payload: unknown): Promise<BackupSaveBegin> {
  assertTrustedSender(event, IPC_CHANNELS.backupSaveBegin);
  const request = assertPayload(payload, isBackupSaveRequest, IPC_CHANNELS.backupSaveBegin);
  const options: SaveDialogOptions = {
    title: request.title,
    defaultPath: safeFileName(request.suggestedName),
    filters: request.filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const parent = BrowserWindow.fromWebContents(event.sender);
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return { status: 'cancelled' };
  return { status: 'opened', handle: await openWriteSession(result.filePath, event.sender.id) };
}

export async function handleBackupWrite(event: IpcMainInvokeEvent, payload: unknown): Promise<void> {
  assertTrustedSender(event, IPC_CHANNELS.backupWrite);
  const { handle, text } = assertPayload(payload, isWriteChunk, IPC_CHANNELS.backupWrite);
  const session = ownWrite(event, handle, IPC_CHANNELS.backupWrite);
  session.onWrite?.();
  const write = session.queue.then(async () => {
    await session.file.write(text, null, 'utf8');
  });
  session.queue = write;
  await write;
}

export async function handleBackupSaveEnd(event: IpcMainInvokeEvent, payload: unknown): Promise<SaveFileResult> {
  assertTrustedSender(event, IPC_CHANNELS.backupSaveEnd);
  const { handle, complete } = assertPayload(payload, isSaveEnd, IPC_CHANNELS.backupSaveEnd);
  ownWrite(event, handle, IPC_CHANNELS.backupSaveEnd);
  const target = await endWriteSession(handle, complete);
  return target ? { status: 'saved', path: target } : { status: 'cancelled' };
}

export async function handleBackupOpen(event: IpcMainInvokeEvent, payload: unknown): Promise<OpenedBackup | null> {
  assertTrustedSender(event, IPC_CHANNELS.backupOpen);
  const request = assertPayload(payload, isOpenFilesRequest, IPC_CHANNELS.backupOpen);
  const options = { title: request.title, filters: request.filters, properties: ['openFile' as const] };
  const parent = BrowserWindow.fromWebContents(event.sender);
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  const filePath = result.filePaths[0];
  if (result.canceled || !filePath) return null;
  const file = await open(filePath, 'r');
  const { size } = await file.stat();
  const handle = randomUUID();
  reads.set(handle, { file, size, senderId: event.sender.id });
  return { handle, name: path.basename(filePath), size };
}

export async function handleBackupRead(event: IpcMainInvokeEvent, payload: unknown): Promise<Uint8Array> {
  assertTrustedSender(event, IPC_CHANNELS.backupRead);
  const { handle, position } = assertPayload(payload, isReadRequest, IPC_CHANNELS.backupRead);
  const session = ownRead(event, handle, IPC_CHANNELS.backupRead);
  const length = Math.max(0, Math.min(BACKUP_READ_BYTES, session.size - position));
  if (length === 0) return new Uint8Array(0);
  const buffer = new Uint8Array(length);
  const { bytesRead } = await session.file.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

export async function handleBackupClose(event: IpcMainInvokeEvent, payload: unknown): Promise<void> {
  assertTrustedSender(event, IPC_CHANNELS.backupClose);
  const { handle } = assertPayload(payload, isHandleRequest, IPC_CHANNELS.backupClose);
  const session = ownRead(event, handle, IPC_CHANNELS.backupClose);
  reads.delete(handle);
  await session.file.close();
}

export function registerBackupHandlers(): void {
  ipcMain.handle(IPC_CHANNELS.backupSaveBegin, handleBackupSaveBegin);
  ipcMain.handle(IPC_CHANNELS.backupWrite, handleBackupWrite);
  ipcMain.handle(IPC_CHANNELS.backupSaveEnd, handleBackupSaveEnd);
  ipcMain.handle(IPC_CHANNELS.backupOpen, handleBackupOpen);
  ipcMain.handle(IPC_CHANNELS.backupRead, handleBackupRead);
  ipcMain.handle(IPC_CHANNELS.backupClose, handleBackupClose);
}

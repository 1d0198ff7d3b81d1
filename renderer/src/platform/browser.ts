// The web edition's bridge: a file input to pick files, a download link to save them, the page's clipboard.
import {
  BACKUP_READ_BYTES,
  isExternalLinkUrl,
  MAX_IMPORT_BYTES,
  type ClipboardContent,
  type DesktopBridge,
  type OpenFilesRequest,
  type PickedFile,
  type PrintPdfRequest,
  type SaveFileRequest,
} from '../../../shared/ipc';
import { printHtml } from './printView';

function acceptAttribute(request: OpenFilesRequest): string {
  return request.filters.flatMap((f) => f.extensions.map((ext) => `.${ext}`)).join(',');
}

/** Reads a picked or dropped file, unless it is over the import limit (then `bytes` is null and nothing is read). */
export async function readPickedFile(file: File): Promise<PickedFile> {
  if (file.size > MAX_IMPORT_BYTES) return { name: file.name, size: file.size, bytes: null };
  return { name: file.name, size: file.size, bytes: new Uint8Array(await file.arrayBuffer()) };
}

function pickFiles(request: OpenFilesRequest, multiple = true): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = multiple;
    input.accept = acceptAttribute(request);
    input.hidden = true;
    const finish = (files: File[]) => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => finish(Array.from(input.files ?? [])), { once: true });
    input.addEventListener('cancel', () => finish([]), { once: true });
    document.body.append(input);
    input.click();
  });
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: the download starts asynchronously from the object URL.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

// Backups being written (parts of a Blob, each chunk its own Blob so the browser may keep it off the heap) and being read.
const backupWrites = new Map<string, { name: string; parts: Blob[] }>();
const backupReads = new Map<string, File>();
let nextHandle = 1;

export const browserBridge = {
  host: 'web',
  async openFiles(request) {
    const files = await pickFiles(request);
    return Promise.all(files.map(readPickedFile));
  },
  async saveFile(request: SaveFileRequest) {
    download(new Blob([request.data as BlobPart], { type: request.mimeType }), request.suggestedName);
    return { status: 'saved' };
  },
  async beginBackupSave(request) {
    const handle = `web-${nextHandle++}`;
    backupWrites.set(handle, { name: request.suggestedName, parts: [] });
    return { status: 'opened', handle };
  },
  async writeBackupChunk(handle, text) {
    const session = backupWrites.get(handle);
    if (!session) throw new Error('This backup is no longer being written.');
    session.parts.push(new Blob([text]));
  },
  async endBackupSave(handle, complete) {
    const session = backupWrites.get(handle);
    backupWrites.delete(handle);
    if (!session || !complete) return { status: 'cancelled' };
    download(new Blob(session.parts, { type: 'application/x-ndjson' }), session.name);
    return { status: 'saved' };
  },
  async openBackup(request) {
    const [file] = await pickFiles(request, false);
    if (!file) return null;
    const handle = `web-${nextHandle++}`;
    backupReads.set(handle, file);
    return { handle, name: file.name, size: file.size };
  },
  async readBackupChunk(handle, position) {
    const file = backupReads.get(handle);
    if (!file) throw new Error('This backup file is no longer open.');
    return new Uint8Array(await file.slice(position, position + BACKUP_READ_BYTES).arrayBuffer());
  },
  async closeBackup(handle) {
    backupReads.delete(handle);
  },
  onAutoBackup: () => () => undefined,
  printPdf: (request: PrintPdfRequest) => printHtml(request.html),
  // No native menu and no OS handing files over in a browser: nothing is registered.
  onMenuCommand: () => () => undefined,
  onSystemFiles: () => () => undefined,
  systemFileImported: async () => undefined,
  updateMenu: async () => undefined,
  async openExternal(url: string) {
    if (!isExternalLinkUrl(url)) return 'refused';
    // The browser is already the user's browser: a new tab, without a handle back to Glose.
    window.open(url, '_blank', 'noopener,noreferrer');
    return 'opened';
  },
  async writeClipboard({ text, html }: ClipboardContent) {
    const item = new ClipboardItem({
      'text/plain': new Blob([text], { type: 'text/plain' }),
      'text/html': new Blob([html], { type: 'text/html' }),
    });
    await navigator.clipboard.write([item]);
  },
} satisfies DesktopBridge;

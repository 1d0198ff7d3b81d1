// IPC for exports: prints the argument list's HTML to PDF in a hidden, sandboxed, script-less window and saves it.
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { writeFile } from 'node:fs/promises';
import { IPC_CHANNELS, type SaveFileResult } from '../../shared/ipc';
import { memorySaveFolder, type SaveFolderMemory } from '../saveFolder';
import { hardenWebContents } from '../window';
import { saveThroughDialog } from './files';
import { assertPayload, assertTrustedSender, isPrintPdfRequest } from './validate';

/**
 * The page is the exporter's own escaped HTML, but it holds text from imported documents and notes:
 * it is loaded with JavaScript off, in a sandbox, in the default session (whose request filter lets
 * nothing leave the machine), and the window is destroyed whatever happens.
 */
export async function printHtmlToPdf(html: string): Promise<Uint8Array> {
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      sandbox: true,
      javascript: false,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
    },
  });
  try {
    hardenWebContents(window.webContents);
    await window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    // The page's @page rule sets A4 and the margins.
    const pdf = await window.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    window.destroy();
  }
}

export async function handlePrintPdf(event: IpcMainInvokeEvent, payload: unknown, folder: SaveFolderMemory = memorySaveFolder()): Promise<SaveFileResult> {
  assertTrustedSender(event, IPC_CHANNELS.exportPrintPdf);
  const request = assertPayload(payload, isPrintPdfRequest, IPC_CHANNELS.exportPrintPdf);
  // Where to save first: a cancelled dialog costs no printing.
  return saveThroughDialog(event, request, folder, async (filePath) => {
    await writeFile(filePath, await printHtmlToPdf(request.html));
  });
}

export function registerExportHandlers(folder: SaveFolderMemory = memorySaveFolder()): void {
  ipcMain.handle(IPC_CHANNELS.exportPrintPdf, (event: IpcMainInvokeEvent, payload: unknown) => handlePrintPdf(event, payload, folder));
}

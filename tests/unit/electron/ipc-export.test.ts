// export:print-pdf and the remembered save folder: checks, the hidden window's lockdown, what lands on disk, where the dialog opens.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { FakeBrowserWindow, fake } from './fakeElectron';
import { IPC_CHANNELS, type SaveFileResult } from '../../../shared/ipc';
import { registerIpcHandlers } from '../../../electron/ipc';
import { fileSaveFolder, isUsableFolder } from '../../../electron/saveFolder';

vi.mock('electron', async () => (await import('./fakeElectron')).fake);

type Handler = (event: unknown, payload: unknown) => Promise<unknown>;
let dir: string;
const handlers = new Map<string, Handler>();
const fromApp = { senderFrame: { url: 'app://glose/index.html#/' }, sender: {} };
const request = { title: 'Save', suggestedName: 'Arguments.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }], html: '<!DOCTYPE html><p>« Quote »</p>' };

function register(saveFolder = fileSaveFolder(path.join(dir, 'save-folder.json'))) {
  fake.ipcMain.handle.mockReset();
  registerIpcHandlers({ saveFolder });
  handlers.clear();
  for (const [channel, handler] of fake.ipcMain.handle.mock.calls as Array<[string, Handler]>) handlers.set(channel, handler);
}
const call = (channel: string, payload: unknown, event: unknown = fromApp) => handlers.get(channel)!(event, payload) as Promise<SaveFileResult>;

beforeEach(async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  dir = await mkdtemp(path.join(os.tmpdir(), 'glose-export-'));
  fake.dialog.showSaveDialog.mockReset();
  FakeBrowserWindow.instances.length = 0;
  register();
});

afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

describe('export:print-pdf', () => {
  it('prints the HTML in a hidden, sandboxed window without JavaScript, writes the PDF and destroys the window', async () => {
    const target = path.join(dir, 'out.pdf');
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    expect(await call(IPC_CHANNELS.exportPrintPdf, request)).toEqual({ status: 'saved', path: target });
    const window = FakeBrowserWindow.instances.at(-1)!;
    expect(window.options).toMatchObject({ show: false, webPreferences: { sandbox: true, javascript: false, contextIsolation: true, nodeIntegration: false } });
    expect(window.loadURL.mock.calls[0]![0]).toBe(`data:text/html;charset=utf-8,${encodeURIComponent(request.html)}`);
    // The window is locked down like the main one: no pop-ups.
    expect(window.webContents.setWindowOpenHandler).toHaveBeenCalled();
    expect(window.destroy).toHaveBeenCalled();
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.7 printed');
  });

  it('prints nothing when the user cancels the dialog', async () => {
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await call(IPC_CHANNELS.exportPrintPdf, request)).toEqual({ status: 'cancelled' });
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('refuses a malformed request or a foreign sender before any dialog', async () => {
    for (const payload of [null, { ...request, html: '' }, { ...request, html: 42 }, { ...request, filters: [{ name: 'x', extensions: ['../x'] }] }]) {
      await expect(call(IPC_CHANNELS.exportPrintPdf, payload)).rejects.toThrow(/malformed/);
    }
    await expect(call(IPC_CHANNELS.exportPrintPdf, request, { senderFrame: { url: 'https://evil.example/' }, sender: {} })).rejects.toThrow(/refused/);
    expect(fake.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('destroys the window even when printing fails, and writes nothing', async () => {
    const target = path.join(dir, 'broken.pdf');
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const failing = vi.spyOn(FakeBrowserWindow.instances, 'push').mockImplementation(function (this: FakeBrowserWindow[], ...windows: FakeBrowserWindow[]) {
      for (const w of windows) w.webContents.printToPDF.mockRejectedValue(new Error('printing failed'));
      return Array.prototype.push.apply(this, windows);
    });
    await expect(call(IPC_CHANNELS.exportPrintPdf, request)).rejects.toThrow(/printing failed/);
    failing.mockRestore();
    expect(FakeBrowserWindow.instances.at(-1)!.destroy).toHaveBeenCalled();
    await expect(readFile(target)).rejects.toThrow();
  });
});

describe('the save dialog remembers the last folder', () => {
  it('opens the next save dialog (files:save and export:print-pdf) in the folder of the last saved file, across restarts', async () => {
    const folder = path.join(dir, 'Dossier Health Data Hub');
    await mkdir(folder);
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path.join(folder, 'a.md') });
    await call(IPC_CHANNELS.filesSave, { title: 'Save', suggestedName: 'a.md', mimeType: 'text/markdown', filters: [], data: 'x' });
    register(); // a new start of the app reads the file again
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await call(IPC_CHANNELS.exportPrintPdf, request);
    expect(fake.dialog.showSaveDialog.mock.calls.at(-1)![0]).toMatchObject({ defaultPath: path.join(folder, 'Arguments.pdf') });
  });

  it('forgets a folder that was deleted, and ignores a corrupt or hostile settings file', async () => {
    const file = path.join(dir, 'save-folder.json');
    for (const content of ['{"lastFolder": "relative/dir"}', '{"lastFolder": 42}', 'not json', `{"lastFolder": ${JSON.stringify(path.join(dir, 'gone'))}}`]) {
      await writeFile(file, content);
      expect(fileSaveFolder(file).get()).toBeUndefined();
    }
    expect(isUsableFolder(dir)).toBe(true);
    expect(isUsableFolder(`${dir}\u0000`)).toBe(false);
  });
});

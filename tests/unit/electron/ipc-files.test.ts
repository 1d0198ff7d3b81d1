// files:open and files:save: sender and payload checks, the import size limit, and what lands on disk.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { FakeBrowserWindow, fake } from './fakeElectron';
import { IPC_CHANNELS, MAX_IMPORT_BYTES, type PickedFile, type SaveFileResult } from '../../../shared/ipc';
import { registerIpcHandlers } from '../../../electron/ipc';

vi.mock('electron', async () => (await import('./fakeElectron')).fake);

type Handler = (event: unknown, payload: unknown) => Promise<unknown>;

let dir: string;
const handlers = new Map<string, Handler>();

beforeEach(async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  dir = await mkdtemp(path.join(os.tmpdir(), 'glose-ipc-'));
  fake.ipcMain.handle.mockReset();
  fake.dialog.showOpenDialog.mockReset();
  fake.dialog.showSaveDialog.mockReset();
  registerIpcHandlers();
  handlers.clear();
  for (const [channel, handler] of fake.ipcMain.handle.mock.calls as Array<[string, Handler]>) handlers.set(channel, handler);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

const fromApp = { senderFrame: { url: 'app://glose/index.html#/library' }, sender: {} };
const openRequest = { title: 'Import documents', filters: [{ name: 'Text', extensions: ['txt', 'md'] }] };
const saveRequest = { title: 'Save', suggestedName: 'Arguments.md', mimeType: 'text/markdown', filters: [{ name: 'Markdown', extensions: ['md'] }] };

function call(channel: string, event: unknown, payload: unknown): Promise<unknown> {
  const handler = handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(event, payload);
}
const openFiles = (payload: unknown, event: unknown = fromApp) => call(IPC_CHANNELS.filesOpen, event, payload) as Promise<PickedFile[]>;
const saveFile = (payload: unknown, event: unknown = fromApp) => call(IPC_CHANNELS.filesSave, event, payload) as Promise<SaveFileResult>;

describe('IPC registration', () => {
  it('registers a handler for every channel of shared/ipc.ts', () => {
    expect([...handlers.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
  });
});

describe('sender and payload checks', () => {
  const foreign = [
    { senderFrame: { url: 'https://evil.example/' }, sender: {} },
    { senderFrame: { url: 'app://glose.evil/index.html' }, sender: {} },
    { senderFrame: { url: 'file:///tmp/page.html' }, sender: {} },
    { senderFrame: null, sender: {} },
  ];

  it.each(Object.values(IPC_CHANNELS))('%s refuses a foreign sender before opening any dialog', async (channel) => {
    for (const event of foreign) {
      await expect(call(channel, event, channel === IPC_CHANNELS.filesOpen ? openRequest : { ...saveRequest, data: 'x' })).rejects.toThrow(/refused/);
    }
    expect(fake.dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(fake.dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(console.warn).toHaveBeenCalled();
  });

  it.each([
    undefined,
    null,
    'files',
    [],
    { title: 42, filters: [] },
    { title: 'Import', filters: 'txt' },
    { title: 'Import', filters: [{ name: 'Text', extensions: ['.txt'] }] },
    { title: 'Import', filters: [{ name: 'Text', extensions: ['../x'] }] },
    { title: 'Import', filters: [{ name: 'Text' }] },
    { title: 'x'.repeat(10_000), filters: [] },
  ])('files:open rejects the malformed payload %j', async (payload) => {
    await expect(openFiles(payload)).rejects.toThrow(/malformed/);
    expect(fake.dialog.showOpenDialog).not.toHaveBeenCalled();
  });

  it.each([
    { ...saveRequest },
    { ...saveRequest, data: 42 },
    { ...saveRequest, data: { length: 3 } },
    { ...saveRequest, data: 'x', suggestedName: undefined },
    { ...saveRequest, data: 'x', filters: null },
  ])('files:save rejects the malformed payload %j', async (payload) => {
    await expect(saveFile(payload)).rejects.toThrow(/malformed/);
    expect(fake.dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('files:open', () => {
  it('returns the picked files with their bytes, and skips reading files over the limit', async () => {
    const small = path.join(dir, 'ruling.txt');
    const large = path.join(dir, 'huge.txt');
    await writeFile(small, 'Arrêt n° 1', 'utf8');
    await writeFile(large, '');
    await truncate(large, MAX_IMPORT_BYTES + 1); // sparse: costs no disk
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [small, large] });

    const picked = await openFiles(openRequest);

    expect(fake.dialog.showOpenDialog).toHaveBeenCalledExactlyOnceWith({
      title: 'Import documents',
      filters: openRequest.filters,
      properties: ['openFile', 'multiSelections'],
    });
    expect(picked).toHaveLength(2);
    expect(picked[0]?.name).toBe('ruling.txt');
    expect(picked[0]?.bytes).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(picked[0]?.bytes ?? undefined)).toBe('Arrêt n° 1');
    expect(picked[0]?.size).toBe(Buffer.byteLength('Arrêt n° 1'));
    expect(picked[1]).toEqual({ name: 'huge.txt', size: MAX_IMPORT_BYTES + 1, bytes: null });
  });

  it('reads a file of exactly the limit', async () => {
    const edge = path.join(dir, 'edge.txt');
    await writeFile(edge, '');
    await truncate(edge, MAX_IMPORT_BYTES);
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [edge] });
    const [file] = await openFiles(openRequest);
    expect(file?.bytes?.byteLength).toBe(MAX_IMPORT_BYTES);
  });

  it('returns nothing when the dialog is cancelled', async () => {
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await openFiles(openRequest)).toEqual([]);
  });

  it('attaches the dialog to the calling window when there is one', async () => {
    const parent = new FakeBrowserWindow({});
    fake.BrowserWindow.fromWebContents.mockReturnValueOnce(parent);
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await openFiles(openRequest);
    expect(fake.dialog.showOpenDialog.mock.calls[0]?.[0]).toBe(parent);
  });

  it('names the file it could not read', async () => {
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path.join(dir, 'gone.txt')] });
    await expect(openFiles(openRequest)).rejects.toThrow(/gone\.txt could not be read/);
  });
});

describe('files:save', () => {
  it('writes text as UTF-8 where the user chose', async () => {
    const target = path.join(dir, 'out.md');
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const text = '# Arguments — Conseil d’État\n\n« Risque Cloud Act », pt 12\n';

    expect(await saveFile({ ...saveRequest, data: text })).toEqual({ status: 'saved', path: target });
    expect(await readFile(target)).toEqual(Buffer.from(text, 'utf8'));
    expect(fake.dialog.showSaveDialog).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({ title: 'Save', defaultPath: 'Arguments.md', filters: saveRequest.filters }),
    );
  });

  it('writes bytes unchanged', async () => {
    const target = path.join(dir, 'out.bin');
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const bytes = new Uint8Array([0, 255, 1, 254]);
    await saveFile({ ...saveRequest, data: bytes });
    expect(new Uint8Array(await readFile(target))).toEqual(bytes);
  });

  it('reports a cancelled dialog and writes nothing', async () => {
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await saveFile({ ...saveRequest, data: 'x' })).toEqual({ status: 'cancelled' });
  });

  it('keeps a title with slashes as one file name', async () => {
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await saveFile({ ...saveRequest, suggestedName: '../Décision 2023/117.md', data: 'x' });
    expect(fake.dialog.showSaveDialog.mock.calls[0]?.[0]).toMatchObject({ defaultPath: '-Décision 2023-117.md' });
  });
});

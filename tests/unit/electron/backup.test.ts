// Backups in the main process: streamed save into a file, reading back in pieces, IPC checks, the automatic backup on quit and its rotation.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { WebContents } from 'electron';
import { fake } from './fakeElectron';
import { IPC_CHANNELS, IPC_EVENTS, type AutoBackupRequest, type BackupSaveBegin, type OpenedBackup, type SaveFileResult } from '../../../shared/ipc';
import { registerBackupHandlers } from '../../../electron/ipc/backup';
import { QuitBackup, rotateBackups, runAutoBackup } from '../../../electron/autoBackup';

vi.mock('electron', async () => (await import('./fakeElectron')).fake);

type Handler = (event: unknown, payload: unknown) => Promise<unknown>;
const handlers = new Map<string, Handler>();
let dir: string;

const page = (id = 7) => ({ senderFrame: { url: 'app://glose/index.html#/settings' }, sender: { id } });
function call<T>(channel: string, payload: unknown, event: unknown = page()): Promise<T> {
  const handler = handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(event, payload) as Promise<T>;
}

beforeEach(async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  dir = await mkdtemp(path.join(os.tmpdir(), 'glose-backup-'));
  fake.ipcMain.handle.mockReset();
  fake.dialog.showOpenDialog.mockReset();
  fake.dialog.showSaveDialog.mockReset();
  registerBackupHandlers();
  handlers.clear();
  for (const [channel, handler] of fake.ipcMain.handle.mock.calls as Array<[string, Handler]>) handlers.set(channel, handler);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

describe('backup:save-begin, backup:write, backup:save-end', () => {
  const request = { title: 'Back up', suggestedName: 'glose-20261123-113000.glose-backup', filters: [{ name: 'Glose backup', extensions: ['glose-backup'] }] };

  it('writes the chunks in order into a .part file and moves it into place when complete', async () => {
    const target = path.join(dir, 'library.glose-backup');
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const begun = await call<BackupSaveBegin>(IPC_CHANNELS.backupSaveBegin, request);
    if (begun.status !== 'opened') throw new Error('not opened');
    await Promise.all(['{"type":"header"}\n', '{"r":{"id":"é"}}\n', '{"type":"trailer"}\n'].map((text) => call(IPC_CHANNELS.backupWrite, { handle: begun.handle, text })));
    expect(await readdir(dir)).toEqual(['library.glose-backup.part']);
    expect(await call<SaveFileResult>(IPC_CHANNELS.backupSaveEnd, { handle: begun.handle, complete: true })).toEqual({ status: 'saved', path: target });
    expect(await readFile(target, 'utf8')).toBe('{"type":"header"}\n{"r":{"id":"é"}}\n{"type":"trailer"}\n');
    expect(await readdir(dir)).toEqual(['library.glose-backup']);
  });

  it('leaves no file behind when the backup fails half-way, and nothing when the dialog is cancelled', async () => {
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await call(IPC_CHANNELS.backupSaveBegin, request)).toEqual({ status: 'cancelled' });
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path.join(dir, 'x.glose-backup') });
    const begun = await call<BackupSaveBegin>(IPC_CHANNELS.backupSaveBegin, request);
    if (begun.status !== 'opened') throw new Error('not opened');
    await call(IPC_CHANNELS.backupWrite, { handle: begun.handle, text: 'half' });
    expect(await call(IPC_CHANNELS.backupSaveEnd, { handle: begun.handle, complete: false })).toEqual({ status: 'cancelled' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses malformed payloads, unknown handles and another page’s session', async () => {
    await expect(call(IPC_CHANNELS.backupSaveBegin, { ...request, filters: [{ name: 'x', extensions: ['../etc'] }] })).rejects.toThrow(/malformed/);
    await expect(call(IPC_CHANNELS.backupWrite, { handle: 'h', text: 42 })).rejects.toThrow(/malformed/);
    await expect(call(IPC_CHANNELS.backupWrite, { handle: 'nope', text: 'x' })).rejects.toThrow(/no such backup/);
    await expect(call(IPC_CHANNELS.backupSaveEnd, { handle: 'nope', complete: 'yes' })).rejects.toThrow(/malformed/);
    await expect(call(IPC_CHANNELS.backupRead, { handle: 'h', position: -1 })).rejects.toThrow(/malformed/);
    await expect(call(IPC_CHANNELS.backupRead, { handle: 'h', position: 1.5 })).rejects.toThrow(/malformed/);
    await expect(call(IPC_CHANNELS.backupClose, 'h')).rejects.toThrow(/malformed/);
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path.join(dir, 'mine.glose-backup') });
    const begun = await call<BackupSaveBegin>(IPC_CHANNELS.backupSaveBegin, request, page(1));
    if (begun.status !== 'opened') throw new Error('not opened');
    await expect(call(IPC_CHANNELS.backupWrite, { handle: begun.handle, text: 'x' }, page(2))).rejects.toThrow(/no such backup/);
    await call(IPC_CHANNELS.backupSaveEnd, { handle: begun.handle, complete: false }, page(1));
  });
});

describe('backup:open, backup:read, backup:close', () => {
  it('reads the picked file from any position, in pieces, and empty past its end', async () => {
    const file = path.join(dir, 'old.glose-backup');
    await writeFile(file, 'abcdefghij');
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [file] });
    const opened = await call<OpenedBackup>(IPC_CHANNELS.backupOpen, { title: 'Restore', filters: [] });
    expect(opened).toMatchObject({ name: 'old.glose-backup', size: 10 });
    expect(fake.dialog.showOpenDialog.mock.calls[0]?.[0]).toMatchObject({ properties: ['openFile'] });
    expect(new TextDecoder().decode(await call<Uint8Array>(IPC_CHANNELS.backupRead, { handle: opened.handle, position: 4 }))).toBe('efghij');
    expect((await call<Uint8Array>(IPC_CHANNELS.backupRead, { handle: opened.handle, position: 10 })).byteLength).toBe(0);
    await expect(call(IPC_CHANNELS.backupRead, { handle: opened.handle, position: 0 }, page(99))).rejects.toThrow(/no such backup/);
    await call(IPC_CHANNELS.backupClose, { handle: opened.handle });
    await expect(call(IPC_CHANNELS.backupRead, { handle: opened.handle, position: 0 })).rejects.toThrow(/no such backup/);
  });

  it('returns null when the dialog is cancelled', async () => {
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await call(IPC_CHANNELS.backupOpen, { title: 'Restore', filters: [] })).toBeNull();
  });
});

describe('automatic backup on quit', () => {
  /** A page that answers main's request as the renderer does: chunks, then the end of the session. */
  function renderer(answer: 'write' | 'silent' | 'decline') {
    const contents = {
      id: 7,
      isDestroyed: () => false,
      send: vi.fn((channel: string, request: AutoBackupRequest) => {
        expect(channel).toBe(IPC_EVENTS.backupOnQuit);
        if (answer === 'silent') return;
        void (async () => {
          if (answer === 'write') await call(IPC_CHANNELS.backupWrite, { handle: request.handle, text: '{"type":"header"}\n' });
          await call(IPC_CHANNELS.backupSaveEnd, { handle: request.handle, complete: answer === 'write' });
        })();
      }),
    };
    return contents as unknown as WebContents & { send: typeof contents.send };
  }

  it('writes <backups>/glose-YYYYMMDD-HHMMSS.glose-backup from what the page sends', async () => {
    const folder = path.join(dir, 'backups');
    const outcome = await runAutoBackup(renderer('write'), folder, new Date('2026-11-23T18:05:09Z'));
    expect(outcome).toBe('written');
    expect(await readdir(folder)).toEqual(['glose-20261123-180509.glose-backup']);
  });

  it('gives up when the page stays silent, so quitting never hangs, and leaves no partial file', async () => {
    const folder = path.join(dir, 'backups');
    const outcome = await runAutoBackup(renderer('silent'), folder, new Date('2026-11-23T18:05:09Z'), { idleMs: 30, totalMs: 1000 });
    expect(outcome).toBe('timedOut');
    expect(await readdir(folder)).toEqual([]);
  });

  it('skips without a page, and keeps nothing when the page declines (an empty library)', async () => {
    expect(await runAutoBackup(null, dir, new Date())).toBe('skipped');
    expect(await runAutoBackup(renderer('decline'), dir, new Date())).toBe('skipped');
    expect(await readdir(dir)).toEqual([]);
  });

  it('keeps the ten newest automatic backups and never touches other files', async () => {
    const names = Array.from({ length: 13 }, (_, i) => `glose-202611${String(i + 10)}-120000.glose-backup`);
    for (const name of [...names, 'my-own-copy.glose-backup', 'notes.txt']) await writeFile(path.join(dir, name), 'x');
    expect(await rotateBackups(dir)).toEqual(names.slice(0, 3).reverse());
    expect((await readdir(dir)).sort()).toEqual([...names.slice(3), 'my-own-copy.glose-backup', 'notes.txt'].sort());
  });

  it('holds the quit until the backup is done, runs it once, then lets the quit through', async () => {
    let finish: () => void = () => undefined;
    const backup = vi.fn(() => new Promise<'written'>((resolve) => (finish = () => resolve('written'))));
    const quit = new QuitBackup(backup);
    const resume = vi.fn();
    const first = { preventDefault: vi.fn() };
    const second = { preventDefault: vi.fn() };
    quit.intercept(first, resume);
    quit.intercept(second, resume);
    expect(first.preventDefault).toHaveBeenCalled();
    expect(second.preventDefault).toHaveBeenCalled();
    expect(backup).toHaveBeenCalledTimes(1);
    expect(resume).not.toHaveBeenCalled();
    finish();
    await vi.waitFor(() => expect(resume).toHaveBeenCalledTimes(1));
    const after = { preventDefault: vi.fn() };
    quit.intercept(after, resume);
    expect(after.preventDefault).not.toHaveBeenCalled();
  });

  it('quits all the same when the backup throws', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const quit = new QuitBackup(() => Promise.reject(new Error('disk full')));
    const resume = vi.fn();
    quit.intercept({ preventDefault: vi.fn() }, resume);
    await vi.waitFor(() => expect(resume).toHaveBeenCalledTimes(1));
  });
});

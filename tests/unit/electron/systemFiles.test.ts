// Files from the OS: which argv entries are documents, what a missing or unreadable path becomes, and waiting for the renderer.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { filePathsFromArgv, readSystemFiles, SystemFileInbox } from '../../../electron/systemFiles';
import { IPC_EVENTS, type SystemFiles } from '../../../shared/ipc';

vi.mock('electron', async () => (await import('./fakeElectron')).fake);

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'glose-system-files-'));
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await chmod(path.join(dir), 0o755).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

describe('filePathsFromArgv', () => {
  const installed = { isPackaged: true, cwd: '/home/me/dossiers' };

  it('takes the documents of an installed copy’s command line, relative to where it was launched', () => {
    expect(filePathsFromArgv(['/opt/Glose/glose', 'ce-503163.txt', '/tmp/note.md'], installed)).toEqual(['/home/me/dossiers/ce-503163.txt', '/tmp/note.md']);
  });

  it('skips the app folder of a developer’s `electron .`, even after switches', () => {
    expect(filePathsFromArgv(['/repo/node_modules/electron/dist/electron', '/repo', 'a.txt'], { isPackaged: false, cwd: '/repo' })).toEqual(['/repo/a.txt']);
    expect(filePathsFromArgv(['electron', '--inspect=0', '--remote-debugging-port=0', '/repo', '/tmp/b.md'], { isPackaged: false, cwd: '/repo' })).toEqual([
      '/tmp/b.md',
    ]);
  });

  it('skips switches (Chromium’s, Playwright’s, the old macOS -psn_) and non-file URLs, keeps file:// URLs and names after --', () => {
    const argv = [
      'glose',
      '--inspect=0',
      '--remote-debugging-port=0',
      '-psn_0_12345',
      '--allow-file-access-from-files',
      'https://evil.example/x.txt',
      'file:///home/me/Arr%C3%AAt.html',
      '--',
      '-weird-name.txt',
    ];
    expect(filePathsFromArgv(argv, installed)).toEqual(['/home/me/Arrêt.html', '/home/me/dossiers/-weird-name.txt']);
  });

  it('names each file once and returns nothing for a bare launch', () => {
    expect(filePathsFromArgv(['glose', 'a.txt', './a.txt'], installed)).toEqual(['/home/me/dossiers/a.txt']);
    expect(filePathsFromArgv(['glose'], installed)).toEqual([]);
  });
});

describe('readSystemFiles', () => {
  it('reads the files that exist and reports, by name, those that do not — without throwing', async () => {
    const ruling = path.join(dir, 'ce-503163.txt');
    await writeFile(ruling, 'Conseil d’État', 'utf8');
    await mkdir(path.join(dir, 'Dossier'));
    const opened: string[] = [];

    const result = await readSystemFiles([ruling, path.join(dir, 'gone.txt'), path.join(dir, 'Dossier')], (p) => opened.push(p));

    expect(result.files.map((f) => [f.name, new TextDecoder().decode(f.bytes ?? undefined)])).toEqual([['ce-503163.txt', 'Conseil d’État']]);
    expect(result.problems).toEqual([
      { name: 'gone.txt', problem: 'notFound' },
      { name: 'Dossier', problem: 'notAFile' },
    ]);
    expect(opened).toEqual([ruling]);
  });

  it.skipIf(process.getuid?.() === 0)('reports a file it may not read as unreadable', async () => {
    const secret = path.join(dir, 'secret.txt');
    await writeFile(secret, 'x');
    await chmod(secret, 0o000);
    expect((await readSystemFiles([secret])).problems).toEqual([{ name: 'secret.txt', problem: 'unreadable' }]);
  });
});

describe('SystemFileInbox', () => {
  const target = () => ({ send: vi.fn(), isDestroyed: vi.fn(() => false) });

  it('holds files until the renderer listens, then delivers them once', async () => {
    const file = path.join(dir, 'a.txt');
    await writeFile(file, 'a');
    const inbox = new SystemFileInbox();
    await inbox.open([file]);
    const page = target();
    await inbox.ready(page);
    expect(page.send).toHaveBeenCalledTimes(1);
    const [channel, payload] = page.send.mock.calls[0] as [string, SystemFiles];
    expect(channel).toBe(IPC_EVENTS.systemFilesOpened);
    expect(payload.files.map((f) => f.name)).toEqual(['a.txt']);
    await inbox.ready(page);
    expect(page.send).toHaveBeenCalledTimes(1);
  });

  it('sends straight away once ready, and holds again while the page reloads', async () => {
    const inbox = new SystemFileInbox();
    const page = target();
    await inbox.ready(page);
    await inbox.open([path.join(dir, 'missing.txt')]);
    expect(page.send).toHaveBeenCalledExactlyOnceWith(IPC_EVENTS.systemFilesOpened, { files: [], problems: [{ name: 'missing.txt', problem: 'notFound' }] });

    inbox.forget(page);
    await inbox.open([path.join(dir, 'later.txt')]);
    expect(page.send).toHaveBeenCalledTimes(1);
    await inbox.ready(page);
    expect(page.send).toHaveBeenCalledTimes(2);
  });

  it('does not send to a destroyed page', async () => {
    const inbox = new SystemFileInbox();
    const page = target();
    page.isDestroyed.mockReturnValue(true);
    await inbox.ready(page);
    await inbox.open([path.join(dir, 'x.txt')]);
    expect(page.send).not.toHaveBeenCalled();
  });
});

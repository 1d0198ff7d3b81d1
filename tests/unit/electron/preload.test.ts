// The preload exposes exactly the DesktopBridge under window.glose, forwarding to the shared IPC channels.
import { describe, expect, it, vi } from 'vitest';
import { fake } from './fakeElectron';
import { BRIDGE_GLOBAL, IPC_CHANNELS, IPC_EVENTS, type DesktopBridge } from '../../../shared/ipc';

vi.mock('electron', async () => (await import('./fakeElectron')).fake);

async function exposed(): Promise<DesktopBridge> {
  await import('../../../electron/preload');
  expect(fake.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [name, api] = fake.contextBridge.exposeInMainWorld.mock.calls[0] as [string, DesktopBridge];
  expect(name).toBe(BRIDGE_GLOBAL);
  expect(name).toBe('glose');
  return api;
}

describe('preload', () => {
  it('exposes exactly the bridge’s functions', async () => {
    const api = await exposed();
    expect(Object.keys(api).sort()).toEqual([
      'beginBackupSave',
      'closeBackup',
      'endBackupSave',
      'host',
      'onAutoBackup',
      'onMenuCommand',
      'onSystemFiles',
      'openBackup',
      'openExternal',
      'openFiles',
      'printPdf',
      'readBackupChunk',
      'saveFile',
      'systemFileImported',
      'updateMenu',
      'writeBackupChunk',
      'writeClipboard',
    ]);
    expect(api.host).toBe('electron');
  });

  it('forwards each call to its channel and returns the main process’s answer', async () => {
    const api = await exposed();
    const request = { title: 'Import', filters: [{ name: 'Text', extensions: ['txt'] }] };
    fake.ipcRenderer.invoke.mockResolvedValueOnce([{ name: 'a.txt', size: 1, bytes: new Uint8Array([97]) }]);
    expect(await api.openFiles(request)).toEqual([{ name: 'a.txt', size: 1, bytes: new Uint8Array([97]) }]);
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.filesOpen, request);

    const save = { title: 'Save', suggestedName: 'a.md', mimeType: 'text/markdown', filters: [], data: '# A' };
    fake.ipcRenderer.invoke.mockResolvedValueOnce({ status: 'cancelled' });
    expect(await api.saveFile(save)).toEqual({ status: 'cancelled' });
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.filesSave, save);

    const print = { title: 'Save', suggestedName: 'a.pdf', filters: [], html: '<p>A</p>' };
    fake.ipcRenderer.invoke.mockResolvedValueOnce({ status: 'cancelled' });
    expect(await api.printPdf(print)).toEqual({ status: 'cancelled' });
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.exportPrintPdf, print);

    fake.ipcRenderer.invoke.mockResolvedValueOnce('cancelled');
    expect(await api.openExternal('https://curia.europa.eu/')).toBe('cancelled');
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.shellOpenExternal, 'https://curia.europa.eu/');

    const menu = { lang: 'fr' as const, darkMode: false, documentOpen: false, readerAvailable: false, tags: [] };
    await api.updateMenu(menu);
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.menuUpdate, menu);
    await api.writeClipboard({ text: 'a', html: '<p>a</p>' });
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.clipboardWrite, { text: 'a', html: '<p>a</p>' });
  });

  it('streams a backup through the backup: channels, one chunk per call', async () => {
    const api = await exposed();
    fake.ipcRenderer.invoke.mockResolvedValueOnce({ status: 'opened', handle: 'h1' });
    const request = { title: 'Back up', suggestedName: 'glose.glose-backup', filters: [] };
    expect(await api.beginBackupSave(request)).toEqual({ status: 'opened', handle: 'h1' });
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.backupSaveBegin, request);
    await api.writeBackupChunk('h1', '{"r":{}}\n');
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.backupWrite, { handle: 'h1', text: '{"r":{}}\n' });
    await api.endBackupSave('h1', false);
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.backupSaveEnd, { handle: 'h1', complete: false });
    await api.readBackupChunk('h2', 1024);
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.backupRead, { handle: 'h2', position: 1024 });
    await api.closeBackup('h2');
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.backupClose, { handle: 'h2' });
  });

  it('hands the page the payload of a menu command, never the IPC event, and unsubscribes', async () => {
    const api = await exposed();
    const listener = vi.fn();
    const unsubscribe = api.onMenuCommand(listener);
    const [channel, wrapped] = fake.ipcRenderer.on.mock.calls.at(-1) as [string, (event: unknown, payload: unknown) => void];
    expect(channel).toBe(IPC_EVENTS.menuCommand);
    wrapped({ sender: 'ipcRenderer itself' }, { id: 'find' });
    expect(listener).toHaveBeenCalledExactlyOnceWith({ id: 'find' });
    unsubscribe();
    expect(fake.ipcRenderer.removeListener).toHaveBeenCalledWith(IPC_EVENTS.menuCommand, wrapped);
  });

  it('tells main it listens for system files only once subscribed', async () => {
    const api = await exposed();
    fake.ipcRenderer.invoke.mockClear();
    const listener = vi.fn();
    api.onSystemFiles(listener);
    const [channel, wrapped] = fake.ipcRenderer.on.mock.calls.at(-1) as [string, (event: unknown, payload: unknown) => void];
    expect(channel).toBe(IPC_EVENTS.systemFilesOpened);
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(IPC_CHANNELS.systemFilesReady);
    wrapped({}, { files: [], problems: [{ name: 'gone.txt', problem: 'notFound' }] });
    expect(listener).toHaveBeenCalledExactlyOnceWith({ files: [], problems: [{ name: 'gone.txt', problem: 'notFound' }] });
  });
});

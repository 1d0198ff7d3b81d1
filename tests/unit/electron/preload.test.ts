// The preload exposes exactly the DesktopBridge under window.glose, forwarding to the shared IPC channels.
import { describe, expect, it, vi } from 'vitest';
import { fake } from './fakeElectron';
import { BRIDGE_GLOBAL, IPC_CHANNELS, type DesktopBridge } from '../../../shared/ipc';

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
  it('exposes exactly host, openFiles and saveFile', async () => {
    const api = await exposed();
    expect(Object.keys(api).sort()).toEqual(['host', 'openFiles', 'saveFile']);
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
  });
});

// The entry's order of operations: privileged scheme before ready; protocol, lock-down, IPC, menu, window after.
import { describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, fake } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).fake);

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('main', () => {
  it('registers app:// as privileged before ready, then wires everything up on ready', async () => {
    await import('../../../electron/main');

    // Before ready: the scheme, the sandbox and the single-instance lock; nothing that needs ready.
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(fake.app.enableSandbox).toHaveBeenCalled();
    expect(fake.app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(fake.protocol.handle).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);

    fake.app.becomeReady();
    await flush();

    expect(fake.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const session = fake.session.defaultSession;
    expect(session.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
    expect(session.setPermissionCheckHandler).toHaveBeenCalledTimes(1);
    expect(session.webRequest.onBeforeRequest).toHaveBeenCalledTimes(1);
    expect(fake.ipcMain.handle.mock.calls.map(([channel]) => channel as string).sort()).toEqual(['files:open', 'files:save']);
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);

    expect(FakeBrowserWindow.instances).toHaveLength(1);
    const window = FakeBrowserWindow.instances[0]!;
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith('app://glose/index.html');
    expect(String((window.options.webPreferences as { preload: string }).preload)).toMatch(/preload\.cjs$/);

    // The lock-down is in place before the first page request can leave.
    const [sessionLocked] = session.webRequest.onBeforeRequest.mock.invocationCallOrder;
    const [pageLoaded] = window.loadURL.mock.invocationCallOrder;
    expect(sessionLocked).toBeLessThan(pageLoaded!);
    const [schemeRegistered] = fake.protocol.registerSchemesAsPrivileged.mock.invocationCallOrder;
    const [whenReadyAsked] = fake.app.whenReady.mock.invocationCallOrder;
    expect(schemeRegistered).toBeLessThan(whenReadyAsked!);

    // A second launch brings this window forward instead of opening another.
    window.isMinimized.mockReturnValueOnce(true);
    fake.app.events.emit('second-instance');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });
});

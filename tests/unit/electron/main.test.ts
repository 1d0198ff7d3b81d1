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
    expect(fake.ipcMain.handle.mock.calls.map(([channel]) => channel as string).sort()).toEqual([
      'backup:close',
      'backup:open',
      'backup:read',
      'backup:save-begin',
      'backup:save-end',
      'backup:write',
      'clipboard:write',
      'export:print-pdf',
      'files:open',
      'files:save',
      'menu:update',
      'shell:open-external',
      'system-files:imported',
      'system-files:ready',
    ]);
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);

    expect(FakeBrowserWindow.instances).toHaveLength(1);
    const window = FakeBrowserWindow.instances[0]!;
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith('app://glose/index.html');
    expect(String((window.options.webPreferences as { preload: string }).preload)).toMatch(/preload\.cjs$/);
    // Quitting and closing the window both wait for the automatic backup (electron/autoBackup.ts, tested there).
    expect(fake.app.events.listeners.get('before-quit')).toHaveLength(1);
    expect(window.listeners.get('close')?.length).toBeGreaterThanOrEqual(1);

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

    // The page says it listens; a second launch's files, and macOS's open-file, reach it as a message, not a crash.
    const ready = (fake.ipcMain.handle.mock.calls as Array<[string, (event: unknown, payload?: unknown) => Promise<void>]>).find(
      ([channel]) => channel === 'system-files:ready',
    )![1];
    await ready({ senderFrame: { url: 'app://glose/index.html' }, sender: window.webContents }, undefined);
    fake.app.events.emit('second-instance', {}, ['/opt/electron', '/repo', '--flag', 'missing-ruling.txt'], '/nonexistent/glose');
    // The paths are checked on the real file system: wait for the answer rather than a fixed number of ticks.
    await vi.waitFor(() =>
      expect(window.webContents.send).toHaveBeenCalledWith('system-files:opened', {
        files: [],
        problems: [{ name: 'missing-ruling.txt', problem: 'notFound' }],
      }),
    );
    const preventDefault = vi.fn();
    fake.app.events.emit('open-file', { preventDefault }, '/nonexistent/glose/arret.html');
    await vi.waitFor(() =>
      expect(window.webContents.send).toHaveBeenLastCalledWith('system-files:opened', { files: [], problems: [{ name: 'arret.html', problem: 'notFound' }] }),
    );
    expect(preventDefault).toHaveBeenCalled();

    // Help › Open the data folder opens the userData folder in the file manager.
    const template = fake.Menu.buildFromTemplate.mock.calls.at(-1)?.[0] as Array<{ label?: string; submenu?: Array<{ id?: string; click?: () => void }> }>;
    template.find((menu) => menu.label === 'Help')?.submenu?.find((item) => item.id === 'openDataFolder')?.click?.();
    expect(fake.shell.openPath).toHaveBeenCalledExactlyOnceWith('/tmp/glose-fake-user-data');
  });
});

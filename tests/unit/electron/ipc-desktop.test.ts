// The shell's IPC: external links (http(s) only, after a translated confirmation), the menu state, the clipboard, "ready for files".
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, FakeWebContents, fake } from './fakeElectron';
import { IPC_CHANNELS, IPC_EVENTS, type MenuState } from '../../../shared/ipc';
import { registerIpcHandlers } from '../../../electron/ipc';
import { SystemFileInbox } from '../../../electron/systemFiles';
import { setApplicationMenu, updateMenuState } from '../../../electron/menu';

vi.mock('electron', async () => (await import('./fakeElectron')).fake);

type Handler = (event: unknown, payload?: unknown) => Promise<unknown>;
const handlers = new Map<string, Handler>();
const sender = new FakeWebContents();
const fromApp = { senderFrame: { url: 'app://glose/index.html#/doc/1' }, sender };
const fromIframe = { senderFrame: { url: 'https://tracker.example/frame.html' }, sender };

const MENU: MenuState = { lang: 'fr', darkMode: true, documentOpen: true, readerAvailable: true, tags: [{ id: 't1', name: 'Risque Cloud Act', shortcut: '1' }] };

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  fake.ipcMain.handle.mockReset();
  fake.dialog.showMessageBox.mockReset();
  fake.shell.openExternal.mockClear();
  fake.clipboard.write.mockClear();
  fake.Menu.buildFromTemplate.mockClear();
  sender.send.mockClear();
  registerIpcHandlers({ inbox: new SystemFileInbox() });
  handlers.clear();
  for (const [channel, handler] of fake.ipcMain.handle.mock.calls as Array<[string, Handler]>) handlers.set(channel, handler);
});

const call = (channel: string, payload?: unknown, event: unknown = fromApp) => handlers.get(channel)!(event, payload);

describe('shell:open-external', () => {
  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'ms-msdt:/id PCWDiagnostic', 'smb://server/share', 'app://glose/index.html', 'https://user:pw@example.com/', 'not a url'])(
    'refuses %s without asking, and logs it',
    async (url) => {
      expect(await call(IPC_CHANNELS.shellOpenExternal, url)).toBe('refused');
      expect(fake.dialog.showMessageBox).not.toHaveBeenCalled();
      expect(fake.shell.openExternal).not.toHaveBeenCalled();
      expect(console.warn).toHaveBeenCalled();
    },
  );

  it('asks in the interface language, and opens only when the user confirms', async () => {
    updateMenuState({ ...MENU, lang: 'fr' });
    const parent = new FakeBrowserWindow({});
    fake.BrowserWindow.fromWebContents.mockReturnValue(parent);
    fake.dialog.showMessageBox.mockResolvedValueOnce({ response: 0 });
    expect(await call(IPC_CHANNELS.shellOpenExternal, 'https://www.conseil-etat.fr/fr/arianeweb/CE/decision/2025-04-25/503163')).toBe('opened');
    const [window, options] = fake.dialog.showMessageBox.mock.calls[0] as [unknown, { message: string; detail: string; buttons: string[]; cancelId: number; defaultId: number }];
    expect(window).toBe(parent);
    expect(options.message).toBe('Ouvrir ce lien dans votre navigateur ?');
    expect(options.detail).toContain('https://www.conseil-etat.fr/fr/arianeweb/CE/decision/2025-04-25/503163');
    expect(options.buttons).toEqual(['Ouvrir dans le navigateur', 'Annuler']);
    // Enter or Escape on the dialog cancels: leaving Glose takes a deliberate click.
    expect([options.defaultId, options.cancelId]).toEqual([1, 1]);
    expect(fake.shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://www.conseil-etat.fr/fr/arianeweb/CE/decision/2025-04-25/503163');

    updateMenuState({ ...MENU, lang: 'en' });
    fake.dialog.showMessageBox.mockResolvedValueOnce({ response: 1 });
    expect(await call(IPC_CHANNELS.shellOpenExternal, 'http://example.com/')).toBe('cancelled');
    expect((fake.dialog.showMessageBox.mock.calls[1]?.[1] as { buttons: string[] }).buttons).toEqual(['Open in Browser', 'Cancel']);
    expect(fake.shell.openExternal).toHaveBeenCalledTimes(1);
    fake.BrowserWindow.fromWebContents.mockReturnValue(null);
  });

  it.each([42, null, { url: 'https://example.com' }, 'https://example.com/'.padEnd(5000, 'x')])('refuses the wrong payload %j', async (payload) => {
    await expect(call(IPC_CHANNELS.shellOpenExternal, payload)).rejects.toThrow(/malformed/);
    expect(fake.dialog.showMessageBox).not.toHaveBeenCalled();
  });
});

describe('menu:update', () => {
  const lastLabels = () => (fake.Menu.buildFromTemplate.mock.calls.at(-1)?.[0] as Array<{ label?: string }>).map((m) => m.label);

  it('rebuilds the menu in the renderer’s language with its tags', async () => {
    setApplicationMenu({ command: vi.fn(), openDataFolder: vi.fn(), openRecent: vi.fn(), clearRecent: vi.fn() });
    await call(IPC_CHANNELS.menuUpdate, { ...MENU, lang: 'en' });
    expect(lastLabels()).toContain('Tags');
    await call(IPC_CHANNELS.menuUpdate, MENU);
    expect(lastLabels()).toContain('Étiquettes');
    const tags = (fake.Menu.buildFromTemplate.mock.calls.at(-1)?.[0] as Array<{ label?: string; submenu?: Array<{ label?: string }> }>).find((m) => m.label === 'Étiquettes');
    expect(tags?.submenu?.map((item) => item.label)).toEqual(['Risque Cloud Act']);
    fake.Menu.buildFromTemplate.mockClear();
  });

  it.each([
    { ...MENU, lang: 'de' },
    { ...MENU, darkMode: 'yes' },
    { ...MENU, tags: 'all' },
    { ...MENU, tags: [{ id: 't1', name: 'x', shortcut: 'Ctrl+Q' }] },
    { ...MENU, tags: [{ id: 't1', name: 'x'.repeat(1000) }] },
    { ...MENU, tags: Array.from({ length: 500 }, (_, i) => ({ id: `t${i}`, name: 'x' })) },
    { lang: 'fr' },
    'fr',
  ])('refuses the wrong types %#, and leaves the menu as it was', async (payload) => {
    await expect(call(IPC_CHANNELS.menuUpdate, payload)).rejects.toThrow(/malformed/);
    expect(fake.Menu.buildFromTemplate).not.toHaveBeenCalled();
    expect(console.warn).toHaveBeenCalledWith('[glose] refused menu:update: malformed request');
  });
});

describe('clipboard:write', () => {
  it('writes the text and HTML as one clipboard item', async () => {
    await call(IPC_CHANNELS.clipboardWrite, { text: '« x » (CE)', html: '<p>« x » (<cite>CE</cite>)</p>' });
    const [items] = fake.clipboard.write.mock.calls[0] as [Array<{ items: Record<string, string> }>];
    expect(items.map((item) => item.items)).toEqual([{ 'text/plain': '« x » (CE)', 'text/html': '<p>« x » (<cite>CE</cite>)</p>' }]);
  });

  it.each([{ text: 'x' }, { text: 1, html: '' }, 'x'])('refuses %j', async (payload) => {
    await expect(call(IPC_CHANNELS.clipboardWrite, payload)).rejects.toThrow(/malformed/);
    expect(fake.clipboard.write).not.toHaveBeenCalled();
  });
});

describe('system-files:ready', () => {
  it('refuses an argument, and a foreign frame', async () => {
    await expect(call(IPC_CHANNELS.systemFilesReady, { path: '/etc/passwd' })).rejects.toThrow(/malformed/);
    await expect(call(IPC_CHANNELS.systemFilesReady, undefined, fromIframe)).rejects.toThrow(/refused/);
    expect(sender.send).not.toHaveBeenCalled();
  });

  it('delivers what the inbox holds to the page that said it listens', async () => {
    const inbox = new SystemFileInbox();
    fake.ipcMain.handle.mockReset();
    registerIpcHandlers({ inbox });
    const ready = (fake.ipcMain.handle.mock.calls as Array<[string, Handler]>).find(([channel]) => channel === IPC_CHANNELS.systemFilesReady)![1];
    await inbox.open(['/nonexistent/glose/ruling.txt']);
    await ready(fromApp, undefined);
    expect(sender.send).toHaveBeenCalledExactlyOnceWith(IPC_EVENTS.systemFilesOpened, { files: [], problems: [{ name: 'ruling.txt', problem: 'notFound' }] });
  });
});

describe('every channel', () => {
  it.each(Object.values(IPC_CHANNELS))('%s refuses a call from a foreign frame, and logs it', async (channel) => {
    await expect(call(channel, undefined, fromIframe)).rejects.toThrow(/refused, the caller is not the Glose window/);
    expect(console.warn).toHaveBeenCalledWith(`[glose] refused ${channel} from an untrusted sender: https://tracker.example/frame.html`);
  });
});

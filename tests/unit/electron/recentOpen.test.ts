// File › Recent documents and macOS open-file, through main: a path remembers the library document it became,
// so opening it again hands the renderer that document's id (the renderer opens it rather than importing again).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { FakeBrowserWindow, fake } from './fakeElectron';
import type { SystemFiles } from '../../../shared/ipc';

vi.mock('electron', async () => (await import('./fakeElectron')).fake);

type Handler = (event: unknown, payload?: unknown) => Promise<unknown>;
type MenuItem = { label?: string; submenu?: MenuItem[]; click?: () => void };

let dir: string;
let ruling: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'glose-recent-open-'));
  ruling = path.join(dir, 'ce-503163.txt');
  await writeFile(ruling, 'Conseil d’État\n\nN° 503163\n', 'utf8');
  fake.app.getPath.mockReturnValue(dir);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const handler = (channel: string) => (fake.ipcMain.handle.mock.calls as Array<[string, Handler]>).find(([name]) => name === channel)![1];
function recentItem(name: string): MenuItem | undefined {
  const template = fake.Menu.buildFromTemplate.mock.calls.at(-1)?.[0] as MenuItem[];
  const file = template.find((menu) => menu.label === 'File')?.submenu ?? [];
  return file.find((item) => item.label === 'Recent Documents')?.submenu?.find((item) => item.label === name);
}

describe('recent documents open the library document', () => {
  it('remembers what a path became, hands it over on the next opening, and keeps it when the file is gone', async () => {
    await import('../../../electron/main');
    fake.app.becomeReady();
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1));
    const page = FakeBrowserWindow.instances[0]!.webContents;
    const fromApp = { senderFrame: { url: 'app://glose/index.html' }, sender: page };
    await handler('system-files:ready')(fromApp, undefined);
    const lastDelivery = () => page.send.mock.calls.at(-1)?.[1] as SystemFiles;

    // First opening (macOS open-file): read and delivered with a ticket, no document yet; it joins the recent list.
    fake.app.events.emit('open-file', { preventDefault: vi.fn() }, ruling);
    await vi.waitFor(() => expect(page.send).toHaveBeenCalledTimes(1));
    const first = lastDelivery().files[0]!;
    expect(first).toMatchObject({ name: 'ce-503163.txt' });
    expect(first.docId).toBeUndefined();
    expect(fake.app.addRecentDocument).toHaveBeenCalledWith(ruling);

    // The renderer imported it as doc-503163 and says so under the ticket; a made-up ticket or id changes nothing.
    await handler('system-files:imported')(fromApp, { ticket: first.ticket, docId: 'doc-503163' });
    await handler('system-files:imported')(fromApp, { ticket: '00000000-0000-4000-8000-000000000000', docId: 'doc-other' });
    await expect(handler('system-files:imported')(fromApp, { ticket: first.ticket, docId: '../../etc' })).rejects.toThrow(/malformed/);
    await expect(handler('system-files:imported')({ senderFrame: { url: 'https://x.example/' }, sender: page }, { ticket: first.ticket, docId: 'doc-x' })).rejects.toThrow(
      /refused/,
    );

    // File › Recent documents: the same path now comes with its document, which the renderer opens.
    recentItem('ce-503163.txt')?.click?.();
    await vi.waitFor(() => expect(page.send).toHaveBeenCalledTimes(2));
    expect(lastDelivery().files[0]).toMatchObject({ name: 'ce-503163.txt', docId: 'doc-503163' });
    expect(lastDelivery().files[0]?.ticket).not.toBe(first.ticket);

    // The OS recent list (open-file again) too.
    fake.app.events.emit('open-file', { preventDefault: vi.fn() }, ruling);
    await vi.waitFor(() => expect(page.send).toHaveBeenCalledTimes(3));
    expect(lastDelivery().files[0]?.docId).toBe('doc-503163');

    // The file was moved away: the problem still names the document, so the library copy opens.
    await rm(ruling);
    recentItem('ce-503163.txt')?.click?.();
    await vi.waitFor(() => expect(page.send).toHaveBeenCalledTimes(4));
    expect(lastDelivery()).toEqual({ files: [], problems: [{ name: 'ce-503163.txt', problem: 'notFound', docId: 'doc-503163' }] });
  });
});

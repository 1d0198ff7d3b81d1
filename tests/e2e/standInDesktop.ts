// A stand-in for Electron's preload bridge, installed before the app loads, so the renderer's desktop paths
// (files from the system, native menu commands) run in Chromium where the Electron binary is missing.
import type { Page } from '@playwright/test';

interface StandInWindow {
  __deliverSystemFiles: (batch: unknown) => void;
  __sendMenuCommand: (command: unknown) => void;
}

export async function installStandInDesktop(page: Page): Promise<void> {
  await page.addInitScript(() => {
    // Like main, hold what arrives before the renderer subscribes, and hand it over on subscription.
    const channel = () => {
      const listeners: Array<(value: unknown) => void> = [];
      const held: unknown[] = [];
      return {
        subscribe: (listener: (value: unknown) => void) => {
          listeners.push(listener);
          held.splice(0).forEach((value) => listener(value));
          return () => listeners.splice(listeners.indexOf(listener), 1);
        },
        send: (value: unknown) => (listeners.length ? listeners.forEach((l) => l(value)) : held.push(value)),
      };
    };
    const files = channel();
    const menu = channel();
    const autoBackup = channel();
    Object.assign(window, {
      glose: {
        host: 'electron',
        openFiles: async () => [],
        saveFile: async () => ({ status: 'cancelled' }),
        // Records what main would print to PDF, for the export tests.
        printPdf: async (request: unknown) => {
          (window as unknown as { __printRequests: unknown[] }).__printRequests.push(request);
          return { status: 'saved' };
        },
        onMenuCommand: menu.subscribe,
        onSystemFiles: files.subscribe,
        updateMenu: async () => undefined,
        openExternal: async () => 'refused',
        writeClipboard: async () => undefined,
        // Backups: the desktop paths are unit-tested in main; here a save is cancelled and no file is picked.
        beginBackupSave: async () => ({ status: 'cancelled' }),
        writeBackupChunk: async () => undefined,
        endBackupSave: async () => ({ status: 'cancelled' }),
        openBackup: async () => null,
        readBackupChunk: async () => new Uint8Array(0),
        closeBackup: async () => undefined,
        onAutoBackup: autoBackup.subscribe,
      },
      __deliverSystemFiles: files.send,
      __sendMenuCommand: menu.send,
      __printRequests: [],
    });
  });
}

export function deliverSystemFiles(page: Page, files: Array<{ name: string; bytes: number[] }>, problems: Array<{ name: string; problem: string }> = []) {
  return page.evaluate(
    ({ files, problems }) =>
      (window as unknown as StandInWindow).__deliverSystemFiles({
        files: files.map(({ name, bytes }) => ({ name, size: bytes.length, bytes: new Uint8Array(bytes) })),
        problems,
      }),
    { files, problems },
  );
}

export function sendMenuCommand(page: Page, id: string) {
  return page.evaluate((id) => (window as unknown as StandInWindow).__sendMenuCommand({ id }), id);
}

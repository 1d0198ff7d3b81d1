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
        // Records what the renderer tells main a system file became (main keeps it with the recent entry).
        systemFileImported: async (imported: unknown) => {
          (window as unknown as { __systemFileImports: unknown[] }).__systemFileImports.push(imported);
        },
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
      __systemFileImports: [],
    });
  });
}

/** A file as main delivers it: `ticket` names its path; `docId` is the document the path became last time, if main knows. */
export interface DeliveredFile {
  name: string;
  bytes: number[];
  ticket?: string;
  docId?: string;
}

export function deliverSystemFiles(page: Page, files: DeliveredFile[], problems: Array<{ name: string; problem: string; docId?: string }> = []) {
  return page.evaluate(
    ({ files, problems }) =>
      (window as unknown as StandInWindow).__deliverSystemFiles({
        files: files.map(({ name, bytes, ticket, docId }, i) => ({ name, size: bytes.length, bytes: new Uint8Array(bytes), ticket: ticket ?? `ticket-${i}`, ...(docId ? { docId } : {}) })),
        problems,
      }),
    { files, problems },
  );
}

/** What the renderer told main its system files became, in order. */
export function systemFileImports(page: Page): Promise<Array<{ ticket: string; docId: string }>> {
  return page.evaluate(() => (window as unknown as { __systemFileImports: Array<{ ticket: string; docId: string }> }).__systemFileImports);
}

export function sendMenuCommand(page: Page, id: string) {
  return page.evaluate((id) => (window as unknown as StandInWindow).__sendMenuCommand({ id }), id);
}

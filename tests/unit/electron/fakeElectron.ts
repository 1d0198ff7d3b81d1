// A stand-in for the 'electron' module: records what the main process asks of it, so tests can replay events.
// Use with: vi.mock('electron', async () => (await import('./fakeElectron')).fake)
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }

  /** Calls every listener of `event`; returns how many there were. */
  emit(event: string, ...args: unknown[]): number {
    const listeners = this.listeners.get(event) ?? [];
    for (const listener of listeners) listener(...args);
    return listeners.length;
  }
}

export type WindowOpenHandler = (details: { url: string }) => { action: string };

export class FakeWebContents extends Emitter {
  windowOpenHandler: WindowOpenHandler | undefined;
  readonly send = vi.fn();
  readonly isDestroyed = vi.fn(() => false);
  readonly printToPDF = vi.fn(async (_options: unknown) => Buffer.from('%PDF-1.7 printed'));
  setWindowOpenHandler = vi.fn((handler: WindowOpenHandler) => {
    this.windowOpenHandler = handler;
  });
}

export class FakeBrowserWindow extends Emitter {
  static readonly instances: FakeBrowserWindow[] = [];
  static fromWebContents = vi.fn((): FakeBrowserWindow | null => null);
  static getAllWindows = vi.fn(() => FakeBrowserWindow.instances);
  static getFocusedWindow = vi.fn((): FakeBrowserWindow | null => null);

  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn(async (_url: string) => undefined);
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  readonly isMinimized = vi.fn(() => false);
  readonly maximize = vi.fn();
  readonly isMaximized = vi.fn(() => false);
  readonly destroy = vi.fn();
  readonly getNormalBounds = vi.fn(() => ({ x: 10, y: 20, width: 1000, height: 700 }));

  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
}

/** The promise behind app.whenReady(), resolved by the test when it wants `ready` to happen. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

const ready = deferred();
const appEvents = new Emitter();

export const fake = {
  app: {
    isPackaged: false,
    events: appEvents,
    on: vi.fn((event: string, listener: Listener) => appEvents.on(event, listener)),
    setPath: vi.fn(),
    getPath: vi.fn((_name: string) => '/tmp/glose-fake-user-data'),
    getVersion: vi.fn(() => '0.1.0'),
    setAboutPanelOptions: vi.fn(),
    addRecentDocument: vi.fn(),
    clearRecentDocuments: vi.fn(),
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    exit: vi.fn(),
    isReady: vi.fn(() => false),
    getLocale: vi.fn(() => 'en-US'),
    whenReady: vi.fn(() => ready.promise),
    /** Test helper: fire `ready`. */
    becomeReady: ready.resolve,
  },
  protocol: {
    registerSchemesAsPrivileged: vi.fn(),
    handle: vi.fn(),
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn() },
    },
  },
  ipcMain: { handle: vi.fn() },
  dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showMessageBox: vi.fn(), showErrorBox: vi.fn() },
  shell: { openExternal: vi.fn(async (_url: string) => undefined), openPath: vi.fn(async (_path: string) => '') },
  clipboard: { write: vi.fn(async (_items: unknown[]) => undefined) },
  ClipboardItem: class {
    constructor(readonly items: Record<string, unknown>) {}
  },
  screen: {
    getPrimaryDisplay: vi.fn(() => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } })),
    getAllDisplays: vi.fn(() => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }]),
  },
  Menu: {
    buildFromTemplate: vi.fn((template: unknown) => ({ template })),
    setApplicationMenu: vi.fn(),
  },
  BrowserWindow: FakeBrowserWindow,
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => undefined), on: vi.fn(), removeListener: vi.fn() },
};

// @vitest-environment jsdom
// The renderer's side of the desktop plumbing: files from the OS become imports or translated messages,
// the menu hears the interface's language and codebook, and menu commands reach their handlers.
import 'fake-indexeddb/auto';
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuCommand, MenuState, SystemFiles } from '../../../../shared/ipc';

const host = vi.hoisted(() => ({
  menuListener: null as ((command: MenuCommand) => void) | null,
  filesListener: null as ((files: SystemFiles) => void) | null,
  menuStates: [] as MenuState[],
}));

vi.mock('../../../../renderer/src/platform', () => ({
  readPickedFile: vi.fn(),
  bridge: {
    host: 'electron',
    openFiles: vi.fn(async () => []),
    saveFile: vi.fn(async () => ({ status: 'cancelled' })),
    onMenuCommand: (listener: (command: MenuCommand) => void) => {
      host.menuListener = listener;
      return () => (host.menuListener = null);
    },
    onSystemFiles: (listener: (files: SystemFiles) => void) => {
      host.filesListener = listener;
      return () => (host.filesListener = null);
    },
    systemFileImported: vi.fn(async () => undefined),
    updateMenu: async (state: MenuState) => void host.menuStates.push(state),
    openExternal: vi.fn(async () => 'refused'),
    writeClipboard: vi.fn(async () => undefined),
  },
}));

const { I18nProvider } = await import('../../../../renderer/src/i18n/I18nProvider');
const { NoticeProvider } = await import('../../../../renderer/src/ui/notices');
const { ThemeProvider } = await import('../../../../renderer/src/ui/theme');
const { CommandProvider, useCommand } = await import('../../../../renderer/src/app/commands/CommandProvider');
const { SystemFilesReceiver } = await import('../../../../renderer/src/app/commands/SystemFilesReceiver');
const { ImportProvider } = await import('../../../../renderer/src/library/ImportProvider');
const { MenuSync } = await import('../../../../renderer/src/app/commands/MenuSync');
const { db } = await import('../../../../renderer/src/db/database');

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
window.matchMedia ??= ((query: string) => ({ matches: false, media: query, addEventListener: () => undefined, removeEventListener: () => undefined })) as unknown as typeof window.matchMedia;

let container: HTMLDivElement;
let root: Root;

async function render(children: ReactNode) {
  await act(async () => {
    root.render(
      <I18nProvider>
        <NoticeProvider>
          <ThemeProvider>
            <CommandProvider>
              <ImportProvider>{children}</ImportProvider>
            </CommandProvider>
          </ThemeProvider>
        </NoticeProvider>
      </I18nProvider>,
    );
  });
}

/** Lets Dexie's live queries and the import settle. */
async function settle(condition: () => boolean) {
  for (let i = 0; i < 100 && !condition(); i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
  }
}

beforeEach(async () => {
  await db.open();
  await db.settings.put({ key: 'lang', value: 'fr' });
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  host.menuStates.length = 0;
});

afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
  await db.delete();
});

describe('SystemFilesReceiver', () => {
  it('says, in the interface language, which file could not be opened and why; imports the others', async () => {
    await render(<SystemFilesReceiver />);
    await settle(() => host.filesListener !== null);
    const bytes = new TextEncoder().encode('Conseil d’État\n\nN° 503163\n\n1. Le juge des référés rejette la requête.\n');
    await act(async () => {
      host.filesListener?.({
        files: [{ name: 'ce-503163.txt', size: bytes.byteLength, bytes, ticket: '6f1c2a9e-0000-4000-8000-000000000001' }],
        problems: [
          { name: 'disparu.txt', problem: 'notFound' },
          { name: 'Dossier', problem: 'notAFile' },
        ],
      });
    });
    await settle(() => (container.textContent ?? '').includes('a été importé'));
    const alerts = container.querySelector('[role="alert"]')?.textContent ?? '';
    expect(alerts).toContain('« disparu.txt » n’a pas pu être ouvert : le fichier n’existe pas');
    expect(alerts).toContain('« Dossier » n’a pas pu être ouvert : c’est un dossier, pas un fichier.');
    expect(await db.documents.count()).toBe(1);
    // Main is told which document the file became, under the ticket it gave, for Recent documents.
    const { bridge } = await import('../../../../renderer/src/platform');
    const docId = (await db.documents.toArray())[0]?.id;
    expect(bridge.systemFileImported).toHaveBeenCalledExactlyOnceWith({ ticket: '6f1c2a9e-0000-4000-8000-000000000001', docId });
  });
});

describe('MenuSync', () => {
  it('sends the menu the interface language, the theme and the codebook’s tags with their keys', async () => {
    await render(<MenuSync documentOpen={true} readerAvailable={false} />);
    await settle(() => host.menuStates.some((state) => state.tags.length === 9));
    const last = host.menuStates.at(-1)!;
    expect(last).toMatchObject({ lang: 'fr', darkMode: false, documentOpen: true, readerAvailable: false });
    expect(last.tags).toEqual([
      { id: 'tag-cloud-act-risk', name: 'Risque Cloud Act', shortcut: '1' },
      { id: 'tag-lack-of-european-alternatives', name: 'Absence d’alternative européenne', shortcut: '2' },
      { id: 'tag-three-year-limit', name: 'Limitation à trois ans', shortcut: '3' },
      { id: 'tag-pseudonymisation', name: 'Pseudonymisation', shortcut: '4' },
      { id: 'tag-hds-certification', name: 'Certification HDS', shortcut: '5' },
      { id: 'tag-public-interest', name: 'Intérêt public', shortcut: '6' },
      { id: 'tag-urgency', name: 'Urgence', shortcut: '7' },
      { id: 'tag-sovereignty', name: 'Souveraineté', shortcut: '8' },
      { id: 'tag-security-safeguards', name: 'Garanties de sécurité', shortcut: '9' },
    ]);
  });
});

describe('CommandProvider', () => {
  it('runs the handler of the mounted view for a native menu command, and nothing once it is gone', async () => {
    const onFind = vi.fn();
    function Reader() {
      useCommand('find', onFind);
      return null;
    }
    await render(<Reader />);
    await settle(() => host.menuListener !== null);
    act(() => host.menuListener?.({ id: 'find' }));
    expect(onFind).toHaveBeenCalledTimes(1);
    await render(null);
    act(() => host.menuListener?.({ id: 'find' }));
    expect(onFind).toHaveBeenCalledTimes(1);
  });

  it('does not listen to the keyboard in the desktop app, where the menu owns the shortcuts', async () => {
    const onFind = vi.fn();
    function Reader() {
      useCommand('find', onFind);
      return null;
    }
    await render(<Reader />);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'f', ctrlKey: true }));
    expect(onFind).not.toHaveBeenCalled();
  });
});

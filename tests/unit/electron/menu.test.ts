// The application menu: French and English labels, accelerators, what each item sends, and the Tags menu from the codebook.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { fake } from './fakeElectron';
import { buildMenuTemplate, currentLang, initialMenuState, setApplicationMenu, updateMenuState, type MenuActions, type MenuContext } from '../../../electron/menu';
import type { MenuState } from '../../../shared/ipc';

vi.mock('electron', async () => (await import('./fakeElectron')).fake);

type Item = MenuItemConstructorOptions;

const TAGS: MenuState['tags'] = [
  { id: 'tag-cloud-act-risk', name: 'CLOUD Act risk', shortcut: '1' },
  { id: 'tag-urgency', name: 'Urgency' },
];
const state = (overrides: Partial<MenuState> = {}): MenuState => ({
  lang: 'en',
  darkMode: false,
  documentOpen: true,
  readerAvailable: true,
  tags: TAGS,
  ...overrides,
});
const context = (overrides: Partial<MenuContext> = {}): MenuContext => ({ isPackaged: true, isMac: false, state: state(), recent: [], ...overrides });

function actions() {
  return {
    command: vi.fn<MenuActions['command']>(),
    openDataFolder: vi.fn<MenuActions['openDataFolder']>(),
    openRecent: vi.fn<MenuActions['openRecent']>(),
    clearRecent: vi.fn<MenuActions['clearRecent']>(),
  };
}

function submenu(template: Item[], label: string): Item[] {
  const menu = template.find((item) => item.label === label);
  expect(menu, label).toBeDefined();
  return menu?.submenu as Item[];
}
const byId = (items: Item[], id: string) => items.find((item) => item.id === id);
const labels = (items: Item[]) => items.filter((item) => item.type !== 'separator').map((item) => item.label);
const roles = (items: Item[]) => items.filter((item) => item.role).map((item) => item.role);
/** Runs an item's click as Electron would. */
const click = (item: Item | undefined) => (item?.click as (() => void) | undefined)?.();

describe('buildMenuTemplate in English', () => {
  const template = buildMenuTemplate(context(), actions());

  it('has File, Edit, View, Tags and Help', () => {
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Tags', 'Help']);
  });

  it('lists the items of the issue with their accelerators', () => {
    const accelerators = (menu: string) =>
      Object.fromEntries(submenu(template, menu).filter((item) => item.label && item.accelerator).map((item) => [item.label, item.accelerator]));
    expect(labels(submenu(template, 'File'))).toEqual(['Import…', 'Export…', 'Back Up the Library…', 'Restore from a Backup…', 'Settings…', 'Recent Documents', 'Quit']);
    expect(accelerators('File')).toEqual({ 'Import…': 'CmdOrCtrl+O', 'Export…': 'CmdOrCtrl+E', 'Settings…': 'CmdOrCtrl+,', Quit: 'CmdOrCtrl+Q' });
    expect(labels(submenu(template, 'Edit'))).toEqual(['Undo', 'Redo', 'Cut', 'Copy', 'Copy with Citation', 'Paste', 'Select All', 'Find…']);
    expect(accelerators('Edit')).toEqual({ Undo: 'CmdOrCtrl+Z', Redo: 'Ctrl+Y', 'Copy with Citation': 'Shift+CmdOrCtrl+C', 'Find…': 'CmdOrCtrl+F' });
    expect(labels(submenu(template, 'View'))).toEqual(['Library', 'Reader', 'Compare', 'Actual Size', 'Zoom In', 'Zoom Out', 'Dark Mode', 'Full Screen']);
    expect(accelerators('View')).toEqual({ Library: 'CmdOrCtrl+1', Reader: 'CmdOrCtrl+2', Compare: 'CmdOrCtrl+3', 'Dark Mode': 'Shift+CmdOrCtrl+D' });
    expect(roles(submenu(template, 'View'))).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(labels(submenu(template, 'Help'))).toEqual(['About Glose', 'Keyboard Shortcuts', 'Open the Data Folder']);
    expect(byId(submenu(template, 'Help'), 'showShortcuts')?.accelerator).toBe('CmdOrCtrl+/');
  });

  it('has Back up and Restore in French too, always enabled (a backup needs no open document)', () => {
    const french = buildMenuTemplate(context({ state: state({ lang: 'fr' }) }), actions());
    expect(labels(submenu(french, 'Fichier')).slice(2, 5)).toEqual(['Sauvegarder la bibliothèque…', 'Restaurer une sauvegarde…', 'Réglages…']);
    expect(byId(submenu(template, 'File'), 'backup')?.enabled).not.toBe(false);
    expect(byId(submenu(template, 'File'), 'restore')?.enabled).not.toBe(false);
  });

  it('sends each command item to the renderer', () => {
    const spy = actions();
    const built = buildMenuTemplate(context(), spy);
    const sent: unknown[] = [];
    spy.command.mockImplementation((command: unknown) => sent.push(command));
    for (const [menu, id] of [
      ['File', 'import'],
      ['File', 'export'],
      ['File', 'backup'],
      ['File', 'restore'],
      ['File', 'showSettings'],
      ['Edit', 'undo'],
      ['Edit', 'redo'],
      ['Edit', 'copyWithCitation'],
      ['Edit', 'find'],
      ['View', 'showLibrary'],
      ['View', 'showReader'],
      ['View', 'showCompare'],
      ['View', 'toggleDarkMode'],
      ['Help', 'showShortcuts'],
    ] as const) {
      click(byId(submenu(built, menu), id));
    }
    expect(sent.map((command) => (command as { id: string }).id)).toEqual([
      'import', 'export', 'backup', 'restore', 'showSettings', 'undo', 'redo', 'copyWithCitation', 'find', 'showLibrary', 'showReader', 'showCompare', 'toggleDarkMode', 'showShortcuts',
    ]);
    click(byId(submenu(built, 'Help'), 'openDataFolder'));
    expect(spy.openDataFolder).toHaveBeenCalledTimes(1);
  });

  it('lists the codebook’s tags with their keys, shown but not registered (a typed "1" must reach the page)', () => {
    const spy = actions();
    const tags = submenu(buildMenuTemplate(context(), spy), 'Tags');
    expect(tags.map((item) => [item.label, item.accelerator, item.registerAccelerator])).toEqual([
      ['CLOUD Act risk', '1', false],
      ['Urgency', undefined, undefined],
    ]);
    click(tags[1]);
    expect(spy.command).toHaveBeenCalledExactlyOnceWith({ id: 'tag', tagId: 'tag-urgency' });
  });

  it('disables what needs a document when none is open, and says when the codebook is empty', () => {
    const closed = buildMenuTemplate(context({ state: state({ documentOpen: false, readerAvailable: false, tags: [] }) }), actions());
    // Export is the exception: with no document open it exports from the library.
    expect(byId(submenu(closed, 'File'), 'export')?.enabled).toBe(true);
    expect(byId(submenu(closed, 'Edit'), 'copyWithCitation')?.enabled).toBe(false);
    expect(byId(submenu(closed, 'Edit'), 'find')?.enabled).toBe(false);
    expect(byId(submenu(closed, 'View'), 'showReader')?.enabled).toBe(false);
    expect(submenu(closed, 'Tags')).toEqual([{ label: 'No tags in the codebook', enabled: false }]);
    expect(byId(submenu(template, 'File'), 'export')?.enabled).toBe(true);
  });

  it('checks Dark mode when the renderer is dark', () => {
    expect(byId(submenu(template, 'View'), 'toggleDarkMode')).toMatchObject({ type: 'checkbox', checked: false });
    const dark = buildMenuTemplate(context({ state: state({ darkMode: true }) }), actions());
    expect(byId(submenu(dark, 'View'), 'toggleDarkMode')?.checked).toBe(true);
  });

  it('shows recent documents by file name and reopens them; an empty list says so', () => {
    const spy = actions();
    const recent = submenu(submenu(buildMenuTemplate(context({ recent: ['/home/me/ce-503163.txt', '/home/me/note.md'] }), spy), 'File'), 'Recent Documents');
    expect(labels(recent)).toEqual(['ce-503163.txt', 'note.md', 'Clear Menu']);
    click(recent[1]);
    expect(spy.openRecent).toHaveBeenCalledExactlyOnceWith('/home/me/note.md');
    click(recent.find((item) => item.label === 'Clear Menu'));
    expect(spy.clearRecent).toHaveBeenCalledTimes(1);
    expect(submenu(submenu(template, 'File'), 'Recent Documents')).toEqual([{ label: 'No Recent Documents', enabled: false }]);
  });
});

describe('buildMenuTemplate in French', () => {
  const template = buildMenuTemplate(context({ state: state({ lang: 'fr' }) }), actions());

  it('translates every menu and item, down to the roles', () => {
    expect(template.map((item) => item.label)).toEqual(['Fichier', 'Édition', 'Affichage', 'Étiquettes', 'Aide']);
    expect(labels(submenu(template, 'Fichier'))).toEqual(['Importer…', 'Exporter…', 'Sauvegarder la bibliothèque…', 'Restaurer une sauvegarde…', 'Réglages…', 'Documents récents', 'Quitter']);
    expect(labels(submenu(template, 'Édition'))).toEqual([
      'Annuler', 'Rétablir', 'Couper', 'Copier', 'Copier avec la citation', 'Coller', 'Tout sélectionner', 'Rechercher…',
    ]);
    expect(labels(submenu(template, 'Affichage'))).toEqual(['Bibliothèque', 'Lecteur', 'Comparer', 'Taille réelle', 'Zoom avant', 'Zoom arrière', 'Mode sombre', 'Plein écran']);
    expect(labels(submenu(template, 'Aide'))).toEqual(['À propos de Glose', 'Raccourcis clavier', 'Ouvrir le dossier des données']);
    expect(byId(submenu(template, 'Édition'), 'copyWithCitation')?.accelerator).toBe('Shift+CmdOrCtrl+C');
  });
});

describe('platform and build differences', () => {
  it('offers reload and developer tools only when not packaged', () => {
    const dev = roles(submenu(buildMenuTemplate(context({ isPackaged: false }), actions()), 'View'));
    expect(dev).toEqual(['reload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('on macOS: the app menu first (About, Quit), the system’s recent list, Cmd+Shift+Z, tag keys in the label', () => {
    const template = buildMenuTemplate(context({ isMac: true }), actions());
    expect(template[0]?.role).toBe('appMenu');
    expect(template).toHaveLength(6);
    const file = submenu(template, 'File');
    expect(roles(file)).toEqual(['recentDocuments']);
    expect(file.some((item) => item.role === 'quit')).toBe(false);
    expect(byId(submenu(template, 'Edit'), 'redo')?.accelerator).toBe('Shift+Cmd+Z');
    expect(submenu(template, 'Tags')[0]?.label).toBe('CLOUD Act risk    1');
    expect(submenu(template, 'Tags')[0]?.accelerator).toBeUndefined();
    expect(roles(submenu(template, 'Help'))).toEqual([]);
  });
});

describe('setApplicationMenu and updateMenuState', () => {
  beforeEach(() => {
    fake.Menu.buildFromTemplate.mockClear();
    fake.Menu.setApplicationMenu.mockClear();
  });
  const lastTemplate = () => fake.Menu.buildFromTemplate.mock.calls.at(-1)?.[0] as Item[];

  it('follows the system locale until the renderer says otherwise, then the renderer’s language and tags', () => {
    fake.app.getLocale.mockReturnValue('fr-FR');
    expect(initialMenuState('fr-FR')).toMatchObject({ lang: 'fr', documentOpen: false, tags: [] });
    setApplicationMenu(actions());
    expect(lastTemplate().map((item) => item.label)).toContain('Fichier');
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledExactlyOnceWith({ template: lastTemplate() });
    expect(currentLang()).toBe('fr');

    updateMenuState(state({ lang: 'en' }));
    expect(lastTemplate().map((item) => item.label)).toContain('File');
    expect(labels(submenu(lastTemplate(), 'Tags'))).toEqual(['CLOUD Act risk', 'Urgency']);
    expect(currentLang()).toBe('en');
    fake.app.getLocale.mockReturnValue('en-US');
  });
});

// The application menu in the interface's language: built from the renderer's MenuState, its commands sent back to the window.
import path from 'node:path';
import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import { langFromLocale, translate, type Lang, type MessageKey } from '../shared/i18n';
import type { MenuCommand, MenuState } from '../shared/ipc';

export interface MenuContext {
  /** Developer tools are for a developer's checkout, never for an installed copy. */
  isPackaged: boolean;
  isMac: boolean;
  state: MenuState;
  /** Source files recently opened, newest first (File › Recent documents outside macOS). */
  recent: readonly string[];
}

/** What the menu items do; main.ts wires them to the window, the shell and the recent list. */
export interface MenuActions {
  command: (command: MenuCommand) => void;
  openDataFolder: () => void;
  openRecent: (filePath: string) => void;
  clearRecent: () => void;
}

/** The state before the renderer has spoken: system language, nothing open. */
export function initialMenuState(locale: string): MenuState {
  return { lang: langFromLocale(locale), darkMode: false, documentOpen: false, readerAvailable: false, tags: [] };
}

type Item = MenuItemConstructorOptions;

/** Pure, so the shape of the menu (labels, accelerators, what is enabled) can be tested without Electron. */
export function buildMenuTemplate({ isPackaged, isMac, state, recent }: MenuContext, actions: MenuActions): Item[] {
  const t = (key: MessageKey): string => translate(state.lang, key);
  const send = (command: MenuCommand) => () => actions.command(command);
  // Roles get their behaviour (and accelerators) from Electron; labels are ours, because
  // outside macOS Electron labels roles in English only.
  const devOnly: Item[] = isPackaged
    ? []
    : [{ role: 'reload', label: t('menu.reload') }, { role: 'toggleDevTools', label: t('menu.toggleDevTools') }, { type: 'separator' }];

  // macOS keeps its own list (the Dock and File › Open Recent); elsewhere the menu shows ours.
  const recentItems: Item[] = isMac
    ? [{ role: 'recentDocuments', label: t('menu.recent'), submenu: [{ role: 'clearRecentDocuments', label: t('menu.clearRecent') }] }]
    : [
        {
          label: t('menu.recent'),
          submenu:
            recent.length === 0
              ? [{ label: t('menu.recentEmpty'), enabled: false }]
              : [
                  ...recent.map((filePath): Item => ({ label: path.basename(filePath), toolTip: filePath, click: () => actions.openRecent(filePath) })),
                  { type: 'separator' },
                  { label: t('menu.clearRecent'), click: actions.clearRecent },
                ],
        },
      ];

  const file: Item[] = [
    { id: 'import', label: t('menu.import'), accelerator: 'CmdOrCtrl+O', click: send({ id: 'import' }) },
    // Always enabled: without a document open, the export dialog offers the library.
    { id: 'export', label: t('menu.export'), accelerator: 'CmdOrCtrl+E', enabled: true, click: send({ id: 'export' }) },
    { type: 'separator' },
    { id: 'backup', label: t('menu.backup'), click: send({ id: 'backup' }) },
    { id: 'restore', label: t('menu.restore'), click: send({ id: 'restore' }) },
    { id: 'showSettings', label: t('menu.settings'), accelerator: 'CmdOrCtrl+,', click: send({ id: 'showSettings' }) },
    { type: 'separator' },
    ...recentItems,
    ...(isMac ? [] : [{ type: 'separator' } as Item, { role: 'quit', label: t('menu.quit'), accelerator: 'CmdOrCtrl+Q' } as Item]),
  ];

  const edit: Item[] = [
    // Commands, not roles: the renderer sends undo to the open document when it has an undo
    // history, and to the focused text field otherwise.
    { id: 'undo', label: t('menu.undo'), accelerator: 'CmdOrCtrl+Z', click: send({ id: 'undo' }) },
    { id: 'redo', label: t('menu.redo'), accelerator: isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y', click: send({ id: 'redo' }) },
    { type: 'separator' },
    { role: 'cut', label: t('menu.cut') },
    { role: 'copy', label: t('menu.copy') },
    {
      id: 'copyWithCitation',
      label: t('menu.copyWithCitation'),
      accelerator: 'Shift+CmdOrCtrl+C',
      enabled: state.documentOpen,
      click: send({ id: 'copyWithCitation' }),
    },
    { role: 'paste', label: t('menu.paste') },
    { role: 'selectAll', label: t('menu.selectAll') },
    { type: 'separator' },
    { id: 'find', label: t('menu.find'), accelerator: 'CmdOrCtrl+F', enabled: state.documentOpen, click: send({ id: 'find' }) },
  ];

  const view: Item[] = [
    { id: 'showLibrary', label: t('menu.library'), accelerator: 'CmdOrCtrl+1', click: send({ id: 'showLibrary' }) },
    { id: 'showReader', label: t('menu.reader'), accelerator: 'CmdOrCtrl+2', enabled: state.readerAvailable, click: send({ id: 'showReader' }) },
    { id: 'showCompare', label: t('menu.compare'), accelerator: 'CmdOrCtrl+3', click: send({ id: 'showCompare' }) },
    { type: 'separator' },
    ...devOnly,
    { role: 'resetZoom', label: t('menu.resetZoom') },
    { role: 'zoomIn', label: t('menu.zoomIn') },
    { role: 'zoomOut', label: t('menu.zoomOut') },
    { type: 'separator' },
    {
      id: 'toggleDarkMode',
      label: t('menu.darkMode'),
      type: 'checkbox',
      checked: state.darkMode,
      accelerator: 'Shift+CmdOrCtrl+D',
      click: send({ id: 'toggleDarkMode' }),
    },
    { role: 'togglefullscreen', label: t('menu.toggleFullscreen') },
  ];

  const tags: Item[] =
    state.tags.length === 0
      ? [{ label: t('menu.noTags'), enabled: false }]
      : state.tags.map((tag): Item => tagItem(tag, isMac, state.documentOpen, send({ id: 'tag', tagId: tag.id })));

  const help: Item[] = [
    ...(isMac ? [] : [{ role: 'about', label: t('menu.about') } as Item]),
    { id: 'showShortcuts', label: t('menu.shortcuts'), accelerator: 'CmdOrCtrl+/', click: send({ id: 'showShortcuts' }) },
    { type: 'separator' },
    { id: 'openDataFolder', label: t('menu.openDataFolder'), click: actions.openDataFolder },
  ];

  const template: Item[] = [
    { label: t('menu.file'), submenu: file },
    { label: t('menu.edit'), submenu: edit },
    { label: t('menu.view'), submenu: view },
    { label: t('menu.tags'), submenu: tags },
    { label: t('menu.help'), role: 'help', submenu: help },
  ];
  // macOS puts About, Hide and Quit in a first menu named after the app.
  return isMac ? [{ role: 'appMenu' }, ...template] : template;
}

/**
 * A tag's key is a bare digit that the reader handles itself: registered as a menu accelerator
 * it would swallow every "1" typed in a note. So it is shown, never registered (Windows, Linux);
 * macOS cannot show an unregistered accelerator, so the key goes into the label there.
 */
function tagItem(tag: MenuState['tags'][number], isMac: boolean, enabled: boolean, click: () => void): Item {
  if (!tag.shortcut) return { id: `tag:${tag.id}`, label: tag.name, enabled, click };
  if (isMac) return { id: `tag:${tag.id}`, label: `${tag.name}    ${tag.shortcut}`, enabled, click };
  return { id: `tag:${tag.id}`, label: tag.name, accelerator: tag.shortcut, registerAccelerator: false, enabled, click };
}

let state: MenuState | null = null;

/** The renderer's latest MenuState, or the system's language before it has sent one. */
export function currentMenuState(): MenuState {
  return state ?? initialMenuState(app.getLocale());
}

/** The interface language, for the main process's own dialogs. */
export function currentLang(): Lang {
  return currentMenuState().lang;
}

let installed: { actions: MenuActions; recent: () => readonly string[] } | null = null;

/** Installs the menu; call refreshMenu() whenever the state or the recent list changes. */
export function setApplicationMenu(actions: MenuActions, recent: () => readonly string[] = () => []): void {
  installed = { actions, recent };
  refreshMenu();
}

export function updateMenuState(next: MenuState): void {
  state = next;
  refreshMenu();
}

export function refreshMenu(): void {
  if (!installed) return;
  const template = buildMenuTemplate(
    { isPackaged: app.isPackaged, isMac: process.platform === 'darwin', state: currentMenuState(), recent: installed.recent() },
    installed.actions,
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

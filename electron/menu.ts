// The application menu, in the user's language; standard roles only, so it needs no IPC.
import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import { langFromLocale, translate, type Lang, type MessageKey } from '../shared/i18n';

export interface MenuContext {
  lang: Lang;
  /** Developer tools are for a developer's checkout, never for an installed copy. */
  isPackaged: boolean;
  isMac: boolean;
}

/** Pure, so the shape of the menu can be tested without Electron. */
export function buildMenuTemplate({ lang, isPackaged, isMac }: MenuContext): MenuItemConstructorOptions[] {
  const t = (key: MessageKey): string => translate(lang, key);
  // Roles get their accelerators and behaviour from Electron; labels are ours, because
  // outside macOS Electron labels roles in English only.
  const devOnly: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [{ role: 'reload', label: t('menu.reload') }, { role: 'toggleDevTools', label: t('menu.toggleDevTools') }, { type: 'separator' }];

  const template: MenuItemConstructorOptions[] = [
    { label: t('menu.file'), submenu: [{ role: 'quit', label: t('menu.quit') }] },
    {
      label: t('menu.edit'),
      submenu: [
        { role: 'undo', label: t('menu.undo') },
        { role: 'redo', label: t('menu.redo') },
        { type: 'separator' },
        { role: 'cut', label: t('menu.cut') },
        { role: 'copy', label: t('menu.copy') },
        { role: 'paste', label: t('menu.paste') },
        { role: 'selectAll', label: t('menu.selectAll') },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        ...devOnly,
        { role: 'resetZoom', label: t('menu.resetZoom') },
        { role: 'zoomIn', label: t('menu.zoomIn') },
        { role: 'zoomOut', label: t('menu.zoomOut') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t('menu.toggleFullscreen') },
      ],
    },
    { label: t('menu.help'), submenu: [{ role: 'about', label: t('menu.about') }] },
  ];
  // macOS puts About, Hide and Quit in a first menu named after the app.
  return isMac ? [{ role: 'appMenu' }, ...template] : template;
}

export function setApplicationMenu(): void {
  const template = buildMenuTemplate({
    lang: langFromLocale(app.getLocale()),
    isPackaged: app.isPackaged,
    isMac: process.platform === 'darwin',
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

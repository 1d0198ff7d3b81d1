// The application menu: translated labels, standard roles, developer items only outside an installed copy.
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { fake } from './fakeElectron';
import { buildMenuTemplate, setApplicationMenu } from '../../../electron/menu';

vi.mock('electron', async () => (await import('./fakeElectron')).fake);

function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label === label);
  expect(menu, label).toBeDefined();
  return menu?.submenu as MenuItemConstructorOptions[];
}
const roles = (items: MenuItemConstructorOptions[]) => items.filter((item) => item.role).map((item) => item.role);

describe('buildMenuTemplate', () => {
  it('builds File, Edit, View and Help in English with standard roles', () => {
    const template = buildMenuTemplate({ lang: 'en', isPackaged: false, isMac: false });
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(roles(submenu(template, 'File'))).toEqual(['quit']);
    expect(roles(submenu(template, 'Edit'))).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    expect(roles(submenu(template, 'Help'))).toEqual(['about']);
    expect(submenu(template, 'Help')[0]?.label).toBe('About Glose');
  });

  it('is French for a French user, down to the roles', () => {
    const template = buildMenuTemplate({ lang: 'fr', isPackaged: true, isMac: false });
    expect(template.map((item) => item.label)).toEqual(['Fichier', 'Édition', 'Affichage', 'Aide']);
    const edit = submenu(template, 'Édition');
    expect(edit.find((item) => item.role === 'paste')?.label).toBe('Coller');
    expect(edit.find((item) => item.role === 'selectAll')?.label).toBe('Tout sélectionner');
    expect(submenu(template, 'Fichier')[0]?.label).toBe('Quitter');
  });

  it('offers reload and developer tools only when not packaged', () => {
    const dev = roles(submenu(buildMenuTemplate({ lang: 'en', isPackaged: false, isMac: false }), 'View'));
    const installed = roles(submenu(buildMenuTemplate({ lang: 'en', isPackaged: true, isMac: false }), 'View'));
    expect(dev).toEqual(['reload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(installed).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('adds the application menu first on macOS', () => {
    const template = buildMenuTemplate({ lang: 'en', isPackaged: true, isMac: true });
    expect(template[0]?.role).toBe('appMenu');
    expect(template).toHaveLength(5);
  });
});

describe('setApplicationMenu', () => {
  it('follows the system locale', () => {
    fake.app.getLocale.mockReturnValueOnce('fr-FR');
    setApplicationMenu();
    const [template] = fake.Menu.buildFromTemplate.mock.calls[0] as [MenuItemConstructorOptions[]];
    expect(template.map((item) => item.label)).toContain('Fichier');
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledExactlyOnceWith({ template });
  });
});

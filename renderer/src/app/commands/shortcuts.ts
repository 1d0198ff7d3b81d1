// The keyboard shortcuts: one table for the help dialog and for the web edition, which has no native menu to hold them.
import type { MessageKey } from '../../../../shared/i18n';
import type { MenuCommand } from '../../../../shared/ipc';

export interface Shortcut {
  /** Keys as shown, `Mod` standing for Ctrl (Cmd on macOS). */
  keys: string;
  action: MessageKey;
  /** The command the web edition runs on these keys; absent when the browser keeps the keys for itself. */
  web?: MenuCommand;
}

/** The same accelerators as electron/menu.ts, so both editions answer the same keys. */
export const SHORTCUTS: readonly Shortcut[] = [
  { keys: 'Mod+O', action: 'shortcuts.import', web: { id: 'import' } },
  { keys: 'Mod+E', action: 'shortcuts.export', web: { id: 'export' } },
  { keys: 'Mod+Shift+C', action: 'shortcuts.copyWithCitation', web: { id: 'copyWithCitation' } },
  { keys: 'Mod+F', action: 'shortcuts.find', web: { id: 'find' } },
  // Handled by the header's search field itself (renderer/src/search/HeaderSearch.tsx), in both editions.
  { keys: 'Mod+Shift+F  /', action: 'shortcuts.search' },
  // Browsers keep Ctrl+1…9 for their tabs and F11 for themselves.
  { keys: 'Mod+1', action: 'shortcuts.library' },
  { keys: 'Mod+2', action: 'shortcuts.reader' },
  { keys: 'Mod+3', action: 'shortcuts.compare' },
  { keys: 'Mod+Shift+D', action: 'shortcuts.darkMode', web: { id: 'toggleDarkMode' } },
  { keys: 'Mod++  Mod+-  Mod+0', action: 'shortcuts.zoom' },
  { keys: 'F11', action: 'shortcuts.fullscreen' },
  { keys: 'Mod+/', action: 'shortcuts.help', web: { id: 'showShortcuts' } },
];

export function isMacPlatform(platform: string): boolean {
  return /mac|iphone|ipad/i.test(platform);
}

/** `Mod+Shift+C` as the user's keyboard names it. */
export function displayKeys(keys: string, mac: boolean): string {
  return keys.replace(/Mod/g, mac ? '⌘' : 'Ctrl');
}

type KeyEventLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

/** The web edition's command for a key press, if any. */
export function webShortcutCommand(event: KeyEventLike, mac: boolean): MenuCommand | null {
  const mod = mac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  if (!mod || event.altKey) return null;
  const key = event.key.length === 1 ? event.key.toUpperCase() : event.key;
  for (const shortcut of SHORTCUTS) {
    if (!shortcut.web) continue;
    const parts = shortcut.keys.split('+');
    const wanted = parts[parts.length - 1]?.toUpperCase();
    const shift = parts.includes('Shift');
    // `/` is typed with Shift on many layouts, so Shift does not matter for it.
    if (wanted === key && (wanted === '/' || shift === event.shiftKey)) return shortcut.web;
  }
  return null;
}

// Keeps the native menu in step with the interface: language, dark mode, what is open, and the codebook's tags.
import { useEffect, useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { tagDisplayName } from '../../../../shared/i18n';
import type { MenuState } from '../../../../shared/ipc';
import { bridge } from '../../platform';
import { db } from '../../db/database';
import { useI18n } from '../../i18n/useI18n';
import { useTheme } from '../../ui/theme';

/** Main refuses names past this length; a codebook entry that long is cut for the menu only. */
const MAX_MENU_NAME = 120;

export function MenuSync({ documentOpen, readerAvailable }: { documentOpen: boolean; readerAvailable: boolean }) {
  const { lang } = useI18n();
  const { theme } = useTheme();
  const tagRows = useLiveQuery(() => db.tags.toArray(), []);
  const tags = useMemo<MenuState['tags']>(
    () =>
      [...(tagRows ?? [])]
        .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
        .map((tag) => {
          const name = tagDisplayName(tag, lang);
          return {
            id: tag.id,
            name: name.length > MAX_MENU_NAME ? `${name.slice(0, MAX_MENU_NAME - 1)}…` : name,
            // Only the digit keys the reader answers are shown as accelerators.
            ...(tag.shortcut && /^[1-9]$/.test(tag.shortcut) ? { shortcut: tag.shortcut } : {}),
          };
        }),
    [lang, tagRows],
  );

  useEffect(() => {
    bridge
      .updateMenu({ lang, darkMode: theme === 'dark', documentOpen, readerAvailable, tags })
      .catch((error: unknown) => console.error('[glose] the menu could not be updated', error));
  }, [documentOpen, lang, readerAvailable, tags, theme]);
  return null;
}

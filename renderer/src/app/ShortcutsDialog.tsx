// Help › Keyboard shortcuts: every shortcut of the app and each tag's key, in a modal dialog.
import { useEffect, useMemo, useRef } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { tagDisplayName } from '../../../shared/i18n';
import { db } from '../db/database';
import { bridge } from '../platform';
import { useI18n } from '../i18n/useI18n';
import { displayKeys, isMacPlatform, SHORTCUTS } from './commands/shortcuts';

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { lang, t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const tagRows = useLiveQuery(() => db.tags.toArray(), []);
  const tags = useMemo(() => [...(tagRows ?? [])].filter((tag) => tag.shortcut).sort((a, b) => a.order - b.order), [tagRows]);
  const mac = isMacPlatform(navigator.platform);
  const web = bridge.host === 'web';

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog ref={dialog} className="shortcuts-dialog" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
      <table className="shortcuts-table">
        <thead>
          <tr>
            <th scope="col">{t('shortcuts.col.keys')}</th>
            <th scope="col">{t('shortcuts.col.action')}</th>
          </tr>
        </thead>
        <tbody>
          {tags.map((tag) => (
            <tr key={tag.id}>
              <td>
                <kbd>{tag.shortcut}</kbd>
              </td>
              <td>{t('shortcuts.tagWith', { tag: tagDisplayName(tag, lang) })}</td>
            </tr>
          ))}
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.keys}>
              <td>
                <kbd>{displayKeys(shortcut.keys, mac)}</kbd>
              </td>
              <td>
                {t(shortcut.action)}
                {web && !shortcut.web && <span className="muted"> ({t('shortcuts.desktopOnly')})</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog" className="dialog-actions">
        <button type="submit" className="primary" autoFocus>
          {t('shortcuts.close')}
        </button>
      </form>
    </dialog>
  );
}

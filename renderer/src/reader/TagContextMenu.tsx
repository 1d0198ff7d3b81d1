// Right-click on a selection in the text: tag it with one of the tags, copy it with its citation, or open the note of the passage it lies in.
import { useEffect, useRef, useState } from 'react';
import type { Tag } from '../../../shared/model';
import { tagDisplayName } from '../../../shared/i18n';
import { useI18n } from '../i18n/useI18n';
import { openPassageNote } from './openPassageNote';
import type { SelectedRange } from './plugins/SelectionToPassagePlugin';

interface Props {
  tags: readonly Tag[];
  currentRange: () => SelectedRange | null;
  onTag: (tag: Tag, range: SelectedRange | null) => void;
  /** Copies the selection as it was when the menu opened, with its citation. */
  onCopy: (range: SelectedRange) => void;
  /** The passage that holds the range, whose note the menu can open; null outside any passage. */
  passageAt: (range: SelectedRange) => string | null;
}

export function TagContextMenu({ tags, currentRange, onTag, onCopy, passageAt }: Props) {
  const { lang, t } = useI18n();
  // `passageId`: the passage under the pointer, whose note the menu can open.
  const [menu, setMenu] = useState<{ x: number; y: number; range: SelectedRange; passageId: string | null } | null>(null);
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    const handler = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      const range = currentRange();
      // Only over the text and with something selected; elsewhere the system menu stays.
      if (!target?.closest('.reader-text') || !range) return;
      event.preventDefault();
      const passageId = passageAt(range);
      setMenu({ x: event.clientX, y: event.clientY, range, passageId });
    };
    document.addEventListener('contextmenu', handler);
    return () => document.removeEventListener('contextmenu', handler);
  }, [currentRange, passageAt]);

  useEffect(() => {
    if (!menu) return;
    list.current?.querySelector<HTMLButtonElement>('button')?.focus({ preventScroll: true });
    const close = (event: MouseEvent) => {
      if (!list.current?.contains(event.target as Node)) setMenu(null);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [menu]);

  if (!menu) return null;
  const move = (delta: number) => {
    const items = Array.from(list.current?.querySelectorAll<HTMLButtonElement>('button') ?? []);
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    items[(at + delta + items.length) % items.length]?.focus();
  };
  return (
    <ul
      ref={list}
      className="context-menu"
      role="menu"
      aria-label={t('contextMenu.label')}
      style={{ left: Math.min(menu.x, window.innerWidth - 280), top: Math.max(8, Math.min(menu.y, window.innerHeight - 40 * (tags.length + 2) - 24)) }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') setMenu(null);
        else if (e.key === 'ArrowDown') move(1);
        else if (e.key === 'ArrowUp') move(-1);
        else return;
        e.preventDefault();
      }}
    >
      {tags.map((tag) => (
        <li key={tag.id} role="none">
          <button
            type="button"
            role="menuitem"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              setMenu(null);
              onTag(tag, menu.range);
            }}
          >
            <span className="tag-swatch" style={{ background: tag.color }} aria-hidden="true" />
            {t('contextMenu.tagAs', { tag: tagDisplayName(tag, lang) })}
            {tag.shortcut && <kbd className="tag-key">{tag.shortcut}</kbd>}
          </button>
        </li>
      ))}
      <li role="separator" className="context-menu-separator" />
      <li role="none">
        <button
          type="button"
          role="menuitem"
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            setMenu(null);
            onCopy(menu.range);
          }}
        >
          {t('contextMenu.copyWithCitation')}
        </button>
      </li>
      {menu.passageId && (
        <li role="none">
          <button
            type="button"
            role="menuitem"
            onClick={() => {
              const id = menu.passageId;
              setMenu(null);
              if (id) void openPassageNote(window.document, id);
            }}
          >
            {t('contextMenu.note')}
          </button>
        </li>
      )}
    </ul>
  );
}

// Right-click on a selection in the text: a menu of the tags, to tag the selection with one.
import { useEffect, useRef, useState } from 'react';
import type { Tag } from '../../../shared/model';
import { tagDisplayName } from '../../../shared/i18n';
import { useI18n } from '../i18n/useI18n';
import type { SelectedRange } from './plugins/SelectionToPassagePlugin';

interface Props {
  tags: readonly Tag[];
  currentRange: () => SelectedRange | null;
  onTag: (tag: Tag, range: SelectedRange | null) => void;
}

export function TagContextMenu({ tags, currentRange, onTag }: Props) {
  const { lang, t } = useI18n();
  const [menu, setMenu] = useState<{ x: number; y: number; range: SelectedRange } | null>(null);
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    const handler = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      const range = currentRange();
      // Only over the text and with something selected; elsewhere the system menu stays.
      if (!target?.closest('.reader-text') || !range) return;
      event.preventDefault();
      setMenu({ x: event.clientX, y: event.clientY, range });
    };
    document.addEventListener('contextmenu', handler);
    return () => document.removeEventListener('contextmenu', handler);
  }, [currentRange]);

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
      style={{ left: Math.min(menu.x, window.innerWidth - 280), top: Math.min(menu.y, window.innerHeight - 40 * tags.length - 16) }}
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
    </ul>
  );
}

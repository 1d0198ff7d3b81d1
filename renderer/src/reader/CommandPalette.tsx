// The command palette (Ctrl+K or Ctrl+Shift+P): type part of a tag's name, Enter tags the selection with it.
import { useEffect, useRef, useState } from 'react';
import type { Tag } from '../../../shared/model';
import { tagDisplayName } from '../../../shared/i18n';
import { nameKey } from '../../../shared/codebook/tagOps';
import { useI18n } from '../i18n/useI18n';
import type { SelectedRange } from './plugins/SelectionToPassagePlugin';

interface Props {
  tags: readonly Tag[];
  currentRange: () => SelectedRange | null;
  onTag: (tag: Tag, range: SelectedRange | null) => void;
}

export function CommandPalette({ tags, currentRange, onTag }: Props) {
  const { lang, t } = useI18n();
  const [open, setOpen] = useState<{ range: SelectedRange | null } | null>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const handler = (event: KeyboardEvent) => {
      const key = event.key.toLowerCase();
      const wanted = (event.ctrlKey || event.metaKey) && !event.altKey && ((key === 'k' && !event.shiftKey) || (key === 'p' && event.shiftKey));
      if (!wanted) return;
      event.preventDefault();
      // Keep the selection now: focusing the palette's field clears the live one.
      setOpen({ range: currentRange() });
      setQuery('');
      setActive(0);
    };
    window.addEventListener('keydown', handler);
    return () => window.removeEventListener('keydown', handler);
  }, [currentRange]);

  useEffect(() => {
    if (open) input.current?.focus();
  }, [open]);

  if (!open) return null;
  const matches = tags.filter((tag) => nameKey(tagDisplayName(tag, lang)).includes(nameKey(query)));
  const choose = (tag: Tag | undefined) => {
    if (!tag) return;
    setOpen(null);
    onTag(tag, open.range);
  };
  return (
    <div className="palette-backdrop" onMouseDown={() => setOpen(null)}>
      <div className="command-palette" role="dialog" aria-modal="true" aria-label={t('palette.title')} onMouseDown={(e) => e.stopPropagation()}>
        <input
          ref={input}
          role="combobox"
          aria-expanded="true"
          aria-controls="palette-list"
          aria-activedescendant={matches[active] ? `palette-${matches[active].id}` : undefined}
          aria-label={t('palette.placeholder')}
          placeholder={t('palette.placeholder')}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setOpen(null);
            else if (e.key === 'ArrowDown') setActive((i) => Math.min(i + 1, matches.length - 1));
            else if (e.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
            else if (e.key === 'Enter') choose(matches[active]);
            else return;
            e.preventDefault();
          }}
        />
        <ul id="palette-list" role="listbox" aria-label={t('palette.title')}>
          {matches.length === 0 && <li className="empty">{t('palette.none')}</li>}
          {matches.map((tag, i) => (
            <li key={tag.id} id={`palette-${tag.id}`} role="option" aria-selected={i === active} onMouseDown={(e) => e.preventDefault()} onClick={() => choose(tag)}>
              <span className="tag-swatch" style={{ background: tag.color }} aria-hidden="true" />
              {tagDisplayName(tag, lang)}
              {tag.shortcut && <kbd className="tag-key">{tag.shortcut}</kbd>}
            </li>
          ))}
        </ul>
        {!open.range && <p className="hint">{t('palette.noSelection')}</p>}
      </div>
    </div>
  );
}

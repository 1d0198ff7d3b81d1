// Keys 1–9 tag the current selection with the tag that has that shortcut.
import { useEffect } from 'react';
import type { Tag } from '../../../../shared/model';

function typingInAField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function KeyboardTaggingPlugin({ tags, onTag }: { tags: readonly Tag[]; onTag: (tag: Tag) => void }) {
  useEffect(() => {
    const handler = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat || typingInAField(event.target)) return;
      const tag = tags.find((candidate) => candidate.shortcut === event.key);
      if (!tag) return;
      event.preventDefault();
      onTag(tag);
    };
    window.addEventListener('keydown', handler);
    return () => window.removeEventListener('keydown', handler);
  }, [tags, onTag]);
  return null;
}

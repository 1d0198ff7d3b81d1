// The header's search field: Ctrl+Shift+F (Cmd+Shift+F) or `/` focuses it from anywhere; Enter opens the results at #/search?q=….
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/useI18n';
import { readyIndex } from './searchIndexService';
import { searchHash } from './searchRoute';

/** True when a key press would type into something: `/` must then stay a slash. */
function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function HeaderSearch({ query }: { query: string }) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState(query);
  // The field follows the query of the page shown (a link, Back), yet stays the user's while typing.
  useEffect(() => setValue(query), [query]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      const shortcut = (mod && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'f') || (event.key === '/' && !mod && !event.altKey && !typingInto(event.target));
      if (!shortcut) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    window.location.hash = searchHash({ q: value });
  };

  return (
    <form className="header-search" role="search" onSubmit={submit}>
      <input
        ref={input}
        type="search"
        value={value}
        onChange={(event) => setValue(event.target.value)}
        // Loading a large library's index takes a moment: start while the query is being typed.
        onFocus={() => void readyIndex().catch(() => undefined)}
        placeholder={t('search.placeholder')}
        aria-label={t('search.field')}
        title={t('search.shortcut')}
        aria-keyshortcuts="Control+Shift+F /"
      />
      <button type="submit" className="icon-button" aria-label={t('search.submit')} title={t('search.submit')}>
        <span aria-hidden="true">⌕</span>
      </button>
    </form>
  );
}

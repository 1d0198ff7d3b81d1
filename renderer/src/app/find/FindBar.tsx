// Edit › Find in the reader: highlights every match with the CSS Custom Highlight API (no change to the editor's DOM) and steps through them.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../../i18n/useI18n';
import { findMatches, type TextMatch } from './findMatches';

const ALL = 'glose-find';
const CURRENT = 'glose-find-current';

function paragraphsOf(root: Element): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('[data-block-id]'));
}

/** A DOM Range for characters [start, end) of `element`'s text, across its text nodes (marks split them). */
function rangeIn(element: Element, start: number, end: number): Range | null {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const range = element.ownerDocument.createRange();
  let seen = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (!started && start < seen + length) {
      range.setStart(node, start - seen);
      started = true;
    }
    if (started && end <= seen + length) {
      range.setEnd(node, end - seen);
      return range;
    }
    seen += length;
  }
  return null;
}

function clearHighlights(): void {
  CSS.highlights?.delete(ALL);
  CSS.highlights?.delete(CURRENT);
}

export function FindBar({ onClose, focusSignal }: { onClose: () => void; focusSignal: number }) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(0);

  const ranges = useMemo(() => {
    const root = document.querySelector('.reader-text');
    if (!root || !query.trim()) return [];
    const paragraphs = paragraphsOf(root);
    return findMatches(paragraphs.map((p) => p.textContent ?? ''), query)
      .map((match: TextMatch) => rangeIn(paragraphs[match.paragraph]!, match.start, match.end))
      .filter((range): range is Range => range !== null);
  }, [query]);

  useEffect(() => clearHighlights, []);
  // Find again while the bar is open: back to the field, text selected, ready for a new term.
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusSignal]);

  useEffect(() => {
    clearHighlights();
    if (ranges.length === 0 || !CSS.highlights) return;
    CSS.highlights.set(ALL, new Highlight(...ranges));
    const range = ranges[Math.min(current, ranges.length - 1)]!;
    CSS.highlights.set(CURRENT, new Highlight(range));
    const host = range.startContainer.parentElement;
    host?.scrollIntoView({ block: 'center' });
  }, [current, ranges]);

  const step = useCallback((by: number) => setCurrent((at) => (ranges.length === 0 ? 0 : (at + by + ranges.length) % ranges.length)), [ranges.length]);

  const status = !query.trim() ? '' : ranges.length === 0 ? t('find.none') : t('find.count', { current: Math.min(current, ranges.length - 1) + 1, total: ranges.length });
  return (
    <div className="find-bar" role="search" aria-label={t('find.label')}>
      <input
        ref={input}
        type="text"
        role="searchbox"
        value={query}
        placeholder={t('find.placeholder')}
        aria-label={t('find.label')}
        onChange={(e) => {
          setQuery(e.target.value);
          setCurrent(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            step(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            onClose();
          }
        }}
      />
      <span className="find-status" role="status">
        {status}
      </span>
      <button type="button" onClick={() => step(-1)} disabled={ranges.length === 0} aria-label={t('find.previous')} title={t('find.previous')}>
        ↑
      </button>
      <button type="button" onClick={() => step(1)} disabled={ranges.length === 0} aria-label={t('find.next')} title={t('find.next')}>
        ↓
      </button>
      <button type="button" onClick={onClose} aria-label={t('find.close')} title={t('find.close')}>
        ×
      </button>
    </div>
  );
}

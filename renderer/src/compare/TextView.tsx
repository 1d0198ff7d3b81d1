// The text view: both decisions side by side in one scrolling grid (so they scroll together), changes labelled and highlighted.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Comparison, CompareSummary } from '../../../shared/compare';
import type { Block, Tag } from '../../../shared/model';
import { useI18n } from '../i18n/useI18n';
import { blockTags } from './blockTags';
import { rowKind, TextRow } from './TextRow';
import type { Side } from './useCompareData';

interface Props {
  comparison: Comparison;
  a: Side;
  b: Side;
  tags: readonly Tag[];
}

const NO_BLOCKS: readonly Block[] = [];

function typingInAField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function SummaryList({ summary }: { summary: CompareSummary }) {
  const { lang, t } = useI18n();
  const n = (count: number) => count.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB');
  const items: Array<[string, string]> = [
    ['identical', t('compare.summary.identical', { count: n(summary.identical) })],
    ...(summary.renumbered > 0 ? [['renumbered', t('compare.summary.renumbered', { count: n(summary.renumbered) })] as [string, string]] : []),
    ['changed', t('compare.summary.changed', { count: n(summary.changed) })],
    ['added', t('compare.summary.added', { count: n(summary.added) })],
    ['removed', t('compare.summary.removed', { count: n(summary.removed) })],
    ...(summary.moved > 0 ? [['moved', t('compare.summary.moved', { count: n(summary.moved) })] as [string, string]] : []),
    ['words-added', t('compare.summary.wordsAdded', { count: n(summary.wordsAdded) })],
    ['words-removed', t('compare.summary.wordsRemoved', { count: n(summary.wordsRemoved) })],
  ];
  return (
    <ul className="compare-summary" aria-label={t('compare.summary.heading')}>
      {items.map(([key, text]) => (
        <li key={key} className={`summary-${key}`}>
          {text}
        </li>
      ))}
    </ul>
  );
}

export function TextView({ comparison, a, b, tags }: Props) {
  const { t } = useI18n();
  const blocksA = a.blocks ?? NO_BLOCKS;
  const blocksB = b.blocks ?? NO_BLOCKS;
  const tagsA = useMemo(() => blockTags(blocksA, a.passages, tags), [blocksA, a.passages, tags]);
  const tagsB = useMemo(() => blockTags(blocksB, b.passages, tags), [blocksB, b.passages, tags]);
  const [onlyChanges, setOnlyChanges] = useState(false);
  const changes = useMemo(
    () => comparison.rows.flatMap((row, index) => (rowKind(row) === 'identical' || rowKind(row) === 'renumbered' ? [] : [index])),
    [comparison.rows],
  );
  const [current, setCurrent] = useState(-1);
  const scroller = useRef<HTMLDivElement>(null);

  const go = useCallback(
    (step: 1 | -1) => {
      if (changes.length === 0) return;
      const next = current < 0 ? (step === 1 ? 0 : changes.length - 1) : (current + step + changes.length) % changes.length;
      setCurrent(next);
      const box = scroller.current;
      const row = box?.querySelector<HTMLElement>(`[data-row="${changes[next]}"]`);
      // Scrolls the grid only: scrollIntoView would scroll the page too and hide the toolbar.
      if (box && row) box.scrollTo({ top: Math.max(0, row.offsetTop - box.clientHeight / 2 + row.offsetHeight / 2) });
    },
    [changes, current],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // Not while a dialog (carry-over) is open: the grid behind it would move unseen.
      if (event.ctrlKey || event.metaKey || event.altKey || typingInAField(event.target) || document.querySelector('dialog[open]')) return;
      const key = event.key.toLowerCase();
      if (key === 'n' || key === 'p') {
        event.preventDefault();
        go(key === 'n' ? 1 : -1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go]);

  const currentRow = current >= 0 ? changes[current] : undefined;
  const rows = comparison.rows.map((row, index) => ({ row, index }));
  const shown = onlyChanges ? rows.filter(({ row }) => rowKind(row) !== 'identical') : rows;
  return (
    <section className="compare-text" aria-labelledby="compare-text-title">
      <h2 id="compare-text-title" className="visually-hidden">
        {t('compare.text.heading')}
      </h2>
      <SummaryList summary={comparison.summary} />
      <div className="compare-text-tools">
        <button type="button" onClick={() => go(-1)} disabled={changes.length === 0}>
          ↑ {t('compare.text.previous')}
        </button>
        <button type="button" onClick={() => go(1)} disabled={changes.length === 0}>
          ↓ {t('compare.text.next')}
        </button>
        <span className="compare-position" role="status">
          {changes.length === 0
            ? t('compare.text.noChange')
            : current >= 0
              ? t('compare.text.position', { n: String(current + 1), total: String(changes.length) })
              : ''}
        </span>
        <span className="compare-keys">{t('compare.text.keys')}</span>
        <label className="compare-check">
          <input type="checkbox" checked={onlyChanges} onChange={(e) => setOnlyChanges(e.target.checked)} /> {t('compare.text.onlyChanges')}
        </label>
      </div>
      <div className="compare-grid-head" aria-hidden="true">
        <span />
        <span>A — {a.document?.title}</span>
        <span />
        <span>B — {b.document?.title}</span>
        <span />
      </div>
      <div className="compare-grid" ref={scroller} tabIndex={0} aria-label={t('compare.text.heading')}>
        {shown.map(({ row, index }) => (
          <TextRow key={index} row={row} index={index} blocksA={blocksA} blocksB={blocksB} tagsA={tagsA} tagsB={tagsB} current={index === currentRow} />
        ))}
      </div>
    </section>
  );
}

// The document list: a virtualised grid (only the rows on screen exist), sortable columns, multi-select and keyboard control.
import { forwardRef, useEffect, useMemo, useRef, useState, type HTMLAttributes, type KeyboardEvent, type MouseEvent } from 'react';
import { TableVirtuoso, type TableComponents, type TableVirtuosoHandle } from 'react-virtuoso';
import type { LibrarySort, SortKey } from '../../../shared/library';
import type { Dossier, GloseDocument } from '../../../shared/model';
import { useI18n } from '../i18n/useI18n';
import { usePassageCounts } from './usePassageCounts';
import { formatDecisionDate } from './formatDecisionDate';

export interface TableActions {
  onOpen: (docId: string) => void;
  onDelete: (docIds: string[]) => void;
  onDetails: (docId: string) => void;
  /** The row's "Compare with…": this document as A, B still to choose. */
  onCompareWith: (docId: string) => void;
  onSort: (key: SortKey) => void;
}

interface Props extends TableActions {
  rows: readonly GloseDocument[];
  sort: LibrarySort;
  selected: ReadonlySet<string>;
  onSelect: (next: ReadonlySet<string>) => void;
  dossiers: ReadonlyMap<string, Dossier>;
  label: string;
}

interface Context {
  activeId: string | null;
  selected: ReadonlySet<string>;
  onRowClick: (event: MouseEvent, index: number) => void;
  onKeyDown: (event: KeyboardEvent) => void;
  rowCount: number;
  label: string;
}

const rowId = (docId: string) => `library-row-${docId}`;
const PAGE = 10;

// Components handed to react-virtuoso live outside the view so that they keep their identity between renders.
const GridTable = forwardRef<HTMLTableElement, HTMLAttributes<HTMLTableElement> & { context?: Context }>(function GridTable({ context, ...props }, ref) {
  return (
    <table
      {...props}
      ref={ref}
      className="library-table"
      role="grid"
      aria-label={context?.label}
      aria-multiselectable="true"
      aria-rowcount={(context?.rowCount ?? 0) + 1}
      aria-activedescendant={context?.activeId ? rowId(context.activeId) : undefined}
      tabIndex={0}
      onKeyDown={context?.onKeyDown}
    />
  );
});

const components: TableComponents<GloseDocument, Context> = {
  Table: GridTable,
  TableRow: ({ item, context, ...props }) => {
    const index = props['data-index'];
    const selected = context?.selected.has(item.id) ?? false;
    return (
      <tr
        {...props}
        id={rowId(item.id)}
        data-doc-id={item.id}
        aria-rowindex={index + 2}
        aria-selected={selected}
        className={`library-row${selected ? ' selected' : ''}${context?.activeId === item.id ? ' active' : ''}`}
        onClick={(event) => context?.onRowClick(event, index)}
      />
    );
  },
  FillerRow: ({ height }) => (
    <tr className="library-filler" aria-hidden="true">
      <td colSpan={6} style={{ height, padding: 0, border: 0 }} />
    </tr>
  ),
};

export function LibraryTable({ rows, sort, selected, onSelect, dossiers, label, onOpen, onDelete, onDetails, onCompareWith, onSort }: Props) {
  const { lang, t } = useI18n();
  const virtuoso = useRef<TableVirtuosoHandle>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const anchor = useRef<number | null>(null);
  const [range, setRange] = useState({ startIndex: 0, endIndex: 30 });
  const visibleIds = useMemo(() => rows.slice(range.startIndex, range.endIndex + 1).map((doc) => doc.id), [rows, range]);
  const counts = usePassageCounts(visibleIds);
  const imported = useMemo(() => new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }), [lang]);

  // The active row follows its document when the list is re-sorted or filtered; if it left, the nearest row takes over.
  const activeIndex = activeId ? rows.findIndex((doc) => doc.id === activeId) : -1;
  useEffect(() => {
    if (activeId && activeIndex < 0) setActiveId(null);
  }, [activeId, activeIndex]);

  const moveTo = (index: number, extend: boolean) => {
    const target = rows[Math.max(0, Math.min(rows.length - 1, index))];
    if (!target) return;
    const to = rows.indexOf(target);
    setActiveId(target.id);
    virtuoso.current?.scrollIntoView({ index: to, align: 'center', behavior: 'auto' });
    if (extend) {
      const from = anchor.current ?? (activeIndex >= 0 ? activeIndex : to);
      anchor.current = from;
      onSelect(new Set(rows.slice(Math.min(from, to), Math.max(from, to) + 1).map((doc) => doc.id)));
    } else anchor.current = to;
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.target !== event.currentTarget) return;
    const current = activeIndex >= 0 ? activeIndex : -1;
    const active = activeIndex >= 0 ? rows[activeIndex] : undefined;
    const handled = () => {
      event.preventDefault();
      event.stopPropagation();
    };
    switch (event.key) {
      case 'ArrowDown':
        handled();
        return moveTo(current + 1, event.shiftKey);
      case 'ArrowUp':
        handled();
        return moveTo(current < 0 ? 0 : current - 1, event.shiftKey);
      case 'PageDown':
        handled();
        return moveTo(current + PAGE, event.shiftKey);
      case 'PageUp':
        handled();
        return moveTo(current - PAGE, event.shiftKey);
      case 'Home':
        handled();
        return moveTo(0, event.shiftKey);
      case 'End':
        handled();
        return moveTo(rows.length - 1, event.shiftKey);
      case 'Enter':
        if (active) {
          handled();
          onOpen(active.id);
        }
        return;
      case ' ':
        if (active) {
          handled();
          const next = new Set(selected);
          if (next.has(active.id)) next.delete(active.id);
          else next.add(active.id);
          onSelect(next);
        }
        return;
      case 'Delete':
      case 'Backspace': {
        const ids = selected.size > 0 ? [...selected] : active ? [active.id] : [];
        if (ids.length > 0) {
          handled();
          onDelete(ids);
        }
        return;
      }
      case 'F2':
        if (active) {
          handled();
          onDetails(active.id);
        }
        return;
      case 'Escape':
        if (selected.size > 0) {
          handled();
          onSelect(new Set());
        }
        return;
      case 'a':
        if (event.ctrlKey || event.metaKey) {
          handled();
          onSelect(new Set(rows.map((doc) => doc.id)));
        }
        return;
    }
  };

  const onRowClick = (event: MouseEvent, index: number) => {
    const doc = rows[index];
    if (!doc) return;
    const target = event.target as HTMLElement;
    // The title link opens the document, the row action acts; the checkbox toggles on its own (its change handler).
    if (target.closest('a, input, button')) return;
    setActiveId(doc.id);
    if (event.shiftKey && anchor.current !== null) {
      const from = anchor.current;
      onSelect(new Set(rows.slice(Math.min(from, index), Math.max(from, index) + 1).map((d) => d.id)));
    } else if (event.ctrlKey || event.metaKey) {
      const next = new Set(selected);
      if (next.has(doc.id)) next.delete(doc.id);
      else next.add(doc.id);
      onSelect(next);
      anchor.current = index;
    } else {
      onSelect(new Set([doc.id]));
      anchor.current = index;
    }
    (event.currentTarget.closest('table') as HTMLTableElement | null)?.focus({ preventScroll: true });
  };

  const toggle = (docId: string, index: number, checked: boolean) => {
    const next = new Set(selected);
    if (checked) next.add(docId);
    else next.delete(docId);
    onSelect(next);
    setActiveId(docId);
    anchor.current = index;
  };

  const allSelected = rows.length > 0 && rows.every((doc) => selected.has(doc.id));
  const someSelected = !allSelected && rows.some((doc) => selected.has(doc.id));
  const context: Context = { activeId, selected, onRowClick, onKeyDown, rowCount: rows.length, label };

  const sortButton = (key: SortKey, text: string) => (
    <button type="button" className="sort-button" onClick={() => onSort(key)}>
      {text}
      <span className="sort-arrow" aria-hidden="true">
        {sort.key === key ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
      </span>
    </button>
  );
  const ariaSort = (key: SortKey) => (sort.key === key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined);
  const header = (key: SortKey, text: string) => (
    <th scope="col" aria-sort={ariaSort(key)}>
      {sortButton(key, text)}
    </th>
  );

  return (
    <TableVirtuoso
      ref={virtuoso}
      useWindowScroll
      data={rows as GloseDocument[]}
      context={context}
      components={components}
      computeItemKey={(_, doc) => doc.id}
      increaseViewportBy={{ top: 200, bottom: 400 }}
      rangeChanged={setRange}
      fixedHeaderContent={() => (
        // A selection column would push the kind out of second place: the boxes sit with the titles.
        <tr aria-rowindex={1}>
          <th scope="col" className="title-col" aria-sort={ariaSort('title')}>
            <span className="title-head">
              <input
                type="checkbox"
                tabIndex={-1}
                aria-label={t('library.selectAll')}
                checked={allSelected}
                ref={(box) => {
                  if (box) box.indeterminate = someSelected;
                }}
                onChange={(e) => onSelect(e.target.checked ? new Set(rows.map((doc) => doc.id)) : new Set())}
              />
              {sortButton('title', t('library.col.title'))}
            </span>
          </th>
          <th scope="col">{t('library.col.kind')}</th>
          {header('court', t('library.col.court'))}
          {header('date', t('library.col.date'))}
          {header('importedAt', t('library.col.importedAt'))}
          <th scope="col" className="numeric">
            {t('library.col.passages')}
          </th>
        </tr>
      )}
      itemContent={(index, doc) => {
        const count = counts.get(doc.id);
        const inDossiers = (doc.dossierIds ?? []).map((id) => dossiers.get(id)).filter((d): d is Dossier => d !== undefined);
        return (
          <>
            <td className="title-cell">
              <div className="title-cell-inner">
                <input
                  type="checkbox"
                  tabIndex={-1}
                  aria-label={t('library.select', { title: doc.title })}
                  checked={selected.has(doc.id)}
                  onChange={(e) => toggle(doc.id, index, e.target.checked)}
                />
                <span className="title-text">
                  <a
                    href={`#/doc/${encodeURIComponent(doc.id)}`}
                    tabIndex={-1}
                    onClick={(e) => {
                      e.preventDefault();
                      onOpen(doc.id);
                    }}
                  >
                    {doc.title}
                  </a>
                  {(doc.caseNumber || inDossiers.length > 0) && (
                    <span className="title-meta">
                      {doc.caseNumber && <span className="case-number">{t('library.caseNumber', { number: doc.caseNumber })}</span>}
                      {inDossiers.map((dossier) => (
                        <span key={dossier.id} className="dossier-chip">
                          {dossier.name}
                        </span>
                      ))}
                    </span>
                  )}
                </span>
                {/* A mouse shortcut shown on hover and on the active row; keyboard users reach it from the selection bar. */}
                <button type="button" tabIndex={-1} className="row-action" aria-label={t('library.compareWithTitle', { title: doc.title })} onClick={() => onCompareWith(doc.id)}>
                  {t('library.compareWith')}
                </button>
              </div>
            </td>
            <td>{t(`kind.${doc.kind}`)}</td>
            <td className="court-cell">{doc.court ?? ''}</td>
            <td className="date-cell">{doc.date ? formatDecisionDate(doc.date, lang) : ''}</td>
            <td className="date-cell">{imported.format(doc.importedAt)}</td>
            <td className="numeric">
              {count ? count.passages : ''}
              {count?.toReview ? <span className="to-review">{t('library.toReview', { count: String(count.toReview) })}</span> : null}
            </td>
          </>
        );
      }}
    />
  );
}

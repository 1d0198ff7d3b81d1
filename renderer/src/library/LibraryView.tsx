// The library: dossiers beside a sortable, filterable, virtualised list of every document; import by picker, drop or paste.
import { useCallback, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { compareHash, dossierCounts, filterDocuments, orderForComparison, libraryCourts, NO_FILTER, sortDocuments, tagWithDescendants, type LibraryFilter, type SortKey } from '../../../shared/library';
import type { ExportScope } from '../../../shared/export';
import type { Dossier } from '../../../shared/model';
import { useCommand } from '../app/commands/CommandProvider';
import { useExportDialog } from '../export/ExportProvider';
import { db } from '../db/database';
import { documentsWithTags } from '../db/documents';
import { listDossiers } from '../db/dossiers';
import { DocumentDetailsDialog } from '../reader/DocumentDetailsDialog';
import { useI18n } from '../i18n/useI18n';
import { ConfirmDialog } from './ConfirmDialog';
import { DossierSidebar } from './DossierSidebar';
import { DropZone } from './DropZone';
import { ImportProgressBar } from './ImportProgressBar';
import { ImportSummary } from './ImportSummary';
import { LibraryFilters } from './LibraryFilters';
import { LibraryTable } from './LibraryTable';
import { PasteDialog } from './PasteDialog';
import { SelectionBar } from './SelectionBar';
import { useImport } from './ImportProvider';
import { useDeleteWithUndo } from './useDeleteWithUndo';
import { useLibraryView } from './useLibraryView';
import './library.css';

const NO_SELECTION: ReadonlySet<string> = new Set();

export function LibraryView({ onOpen }: { onOpen: (docId: string) => void }) {
  const { lang, t } = useI18n();
  // Metadata rows only: blocks and passages are never read to draw the library (counts come per visible row).
  const documents = useLiveQuery(() => db.documents.toArray(), []);
  const dossiers = useLiveQuery(listDossiers, []);
  const tags = useLiveQuery(() => db.tags.toArray(), []);
  const [view, updateView] = useLibraryView();
  const { busy, batch, session, importFiles, pickAndImport, closeSummary } = useImport();
  const [pasting, setPasting] = useState(false);
  const [selection, setSelection] = useState<ReadonlySet<string>>(NO_SELECTION);
  const [detailsId, setDetailsId] = useState<string | null>(null);

  const byId = useMemo(() => new Map((documents ?? []).map((doc) => [doc.id, doc] as const)), [documents]);
  const dossierMap = useMemo(() => new Map((dossiers ?? []).map((d) => [d.id, d] as const)), [dossiers]);

  // A dossier or tag remembered from an earlier session that no longer exists filters nothing.
  const filter: LibraryFilter = useMemo(() => {
    const saved = view?.filter ?? NO_FILTER;
    return {
      ...saved,
      dossierId: saved.dossierId && dossiers && !dossierMap.has(saved.dossierId) ? '' : saved.dossierId,
      tagId: saved.tagId && tags && !tags.some((tag) => tag.id === saved.tagId) ? '' : saved.tagId,
    };
  }, [view, dossiers, dossierMap, tags]);
  const tagScope = useMemo(() => (filter.tagId && tags ? tagWithDescendants(tags, filter.tagId) : []), [filter.tagId, tags]);
  const tagged = useLiveQuery(() => (tagScope.length > 0 ? documentsWithTags(tagScope) : undefined), [tagScope]);

  const rows = useMemo(() => {
    if (!documents || !view) return [];
    return sortDocuments(filterDocuments(documents, filter, tagged), view.sort, lang);
  }, [documents, view, filter, tagged, lang]);
  const courts = useMemo(() => libraryCourts(documents ?? [], lang), [documents, lang]);
  const counts = useMemo(() => dossierCounts(documents ?? []), [documents]);
  // Only documents still listed stay selected, so an action never reaches a row the user cannot see.
  const selected = useMemo(() => {
    const visible = new Set(rows.map((doc) => doc.id));
    return [...selection].filter((id) => visible.has(id));
  }, [rows, selection]);
  const selectedSet = useMemo(() => new Set(selected), [selected]);

  const titleOf = useCallback((id: string) => byId.get(id)?.title ?? '', [byId]);
  const forget = useCallback((ids: readonly string[]) => setSelection((now) => new Set([...now].filter((id) => !ids.includes(id)))), []);
  const deletion = useDeleteWithUndo(titleOf, forget);

  const changeFilter = (change: Partial<LibraryFilter>) => updateView((v) => ({ ...v, filter: { ...v.filter, ...change } }));
  const sortBy = (key: SortKey) =>
    updateView((v) => ({
      ...v,
      // A new column starts in the order a jurist expects: titles and courts A→Z, dates newest first.
      sort: v.sort.key === key ? { key, direction: v.sort.direction === 'asc' ? 'desc' : 'asc' } : { key, direction: key === 'title' || key === 'court' ? 'asc' : 'desc' },
    }));

  // Export what the user sees: the ticked documents, else the filtered list, else the whole library.
  const exportDialog = useExportDialog();
  const filtered = documents !== undefined && rows.length < documents.length;
  const exportScope = (): ExportScope =>
    selected.length > 0 ? { kind: 'documents', docIds: selected } : filtered ? { kind: 'documents', docIds: rows.map((doc) => doc.id) } : { kind: 'library' };
  const openExport = () => exportDialog.open(exportScope());
  useCommand('export', openExport);

  // Two ticked documents open side by side, the older as A; one opens the picker with it as A.
  const compare = (ids: readonly string[]) => {
    const [x, y] = ids.map((id) => byId.get(id));
    if (x && y) window.location.hash = compareHash(...orderForComparison(x, y));
    else if (x) window.location.hash = compareHash(x.id);
  };

  const currentDossier: Dossier | undefined = filter.dossierId ? dossierMap.get(filter.dossierId) : undefined;
  const details = detailsId ? byId.get(detailsId) : undefined;
  const loaded = documents !== undefined && view !== undefined;

  return (
    <main className="library library-layout" aria-labelledby="library-heading">
      <DossierSidebar
        dossiers={dossiers ?? []}
        counts={counts}
        total={documents?.length ?? 0}
        current={filter.dossierId}
        onChoose={(dossierId) => changeFilter({ dossierId })}
      />
      <div className="library-main">
        <DropZone onFiles={(files) => void importFiles(files)}>
          <div className="view-header">
            <h1 id="library-heading">
              {t('library.heading')}
              {currentDossier && <span className="heading-dossier"> · {currentDossier.name}</span>}
            </h1>
            <div className="view-actions">
              <button type="button" onClick={openExport} disabled={!documents || documents.length === 0 || (filtered && rows.length === 0 && selected.length === 0)}>
                {selected.length > 0 ? t('library.exportSelected', { count: String(selected.length) }) : t('exportDialog.open')}
              </button>
              <button type="button" onClick={() => setPasting(true)} disabled={busy}>
                {t('paste.open')}
              </button>
              <button type="button" className="primary" onClick={() => void pickAndImport()} disabled={busy}>
                {t('library.import')}
              </button>
            </div>
          </div>
          <p className="progress" role="status">
            {busy ? t('library.importing', { name: batch?.entries.find((entry) => entry.status === 'importing')?.name ?? '' }) : ''}
          </p>
          {session.activity && <ImportProgressBar activity={session.activity} onCancel={session.cancel} />}
          {batch && batch.entries.length > 1 && <ImportSummary entries={batch.entries} running={batch.running} onClose={closeSummary} />}
          {loaded && documents.length === 0 && <p className="empty">{t('library.empty')}</p>}
          {loaded && documents.length > 0 && (
            <>
              <LibraryFilters filter={filter} courts={courts} tags={tags ?? []} onChange={changeFilter} onReset={() => changeFilter({ ...NO_FILTER, dossierId: filter.dossierId })} />
              <SelectionBar
                selected={selected}
                shown={rows.length}
                total={documents.length}
                dossiers={dossiers ?? []}
                current={currentDossier}
                onClear={() => setSelection(NO_SELECTION)}
                onDetails={setDetailsId}
                onCompare={compare}
                onDelete={(ids) => void deletion.request(ids)}
              />
              {rows.length === 0 ? (
                <p className="empty library-no-match">{currentDossier && filter.text === '' ? t('dossier.emptyDossier') : t('library.noMatch')}</p>
              ) : (
                <LibraryTable
                  rows={rows}
                  sort={view.sort}
                  selected={selectedSet}
                  onSelect={setSelection}
                  dossiers={dossierMap}
                  label={currentDossier ? t('library.tableLabelDossier', { name: currentDossier.name }) : t('library.tableLabel')}
                  onOpen={onOpen}
                  onDelete={(ids) => void deletion.request(ids)}
                  onDetails={setDetailsId}
                  onCompareWith={(id) => compare([id])}
                  onSort={sortBy}
                />
              )}
            </>
          )}
        </DropZone>
      </div>
      {pasting && (
        <PasteDialog
          onClose={() => setPasting(false)}
          onImport={(file, title) => {
            setPasting(false);
            void importFiles([file], { title });
          }}
        />
      )}
      {details && <DocumentDetailsDialog document={details} onClose={() => setDetailsId(null)} />}
      {deletion.pending && (
        <ConfirmDialog
          heading={deletion.pending.ids.length === 1 ? t('delete.confirmOneHeading', { title: deletion.pending.title }) : t('delete.confirmManyHeading', { count: String(deletion.pending.ids.length) })}
          message={t('delete.confirmMessage', { passages: String(deletion.pending.passages) })}
          confirmLabel={t('delete.confirm')}
          onCancel={deletion.cancel}
          onConfirm={() => void deletion.confirm(deletion.pending?.ids ?? [])}
        />
      )}
    </main>
  );
}

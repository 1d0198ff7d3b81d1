// The library: every imported document with its kind, date and passage count; import by picker or drop; export of the selection or of all.
import { useState } from 'react';
import type { ExportScope } from '../../../shared/export';
import { useCommand } from '../app/commands/CommandProvider';
import { useExportDialog } from '../export/ExportProvider';
import { useLiveQuery } from 'dexie-react-hooks';
import { listDocuments, passageCounts, reviewCounts } from '../db/documents';
import { useI18n } from '../i18n/useI18n';
import { DropZone } from './DropZone';
import { ImportProgressBar } from './ImportProgressBar';
import { ImportSummary } from './ImportSummary';
import { PasteDialog } from './PasteDialog';
import { useImport } from './ImportProvider';

export function LibraryView({ onOpen }: { onOpen: (docId: string) => void }) {
  const { lang, t } = useI18n();
  const documents = useLiveQuery(listDocuments, []);
  const counts = useLiveQuery(passageCounts, []);
  const toReview = useLiveQuery(reviewCounts, []);
  const { busy, batch, session, importFiles, pickAndImport, closeSummary } = useImport();
  const [pasting, setPasting] = useState(false);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const exportDialog = useExportDialog();
  // Documents deleted since they were ticked no longer count.
  const chosen = (documents ?? []).filter((doc) => selected.has(doc.id)).map((doc) => doc.id);
  const exportScope = (): ExportScope => (chosen.length > 0 ? { kind: 'documents', docIds: chosen } : { kind: 'library' });
  const openExport = () => exportDialog.open(exportScope());
  useCommand('export', openExport);
  const select = (id: string, on: boolean) =>
    setSelected((now) => {
      const next = new Set(now);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const allChosen = documents !== undefined && documents.length > 0 && chosen.length === documents.length;
  const dateFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <main className="library" aria-labelledby="library-heading">
      <DropZone onFiles={(files) => void importFiles(files)}>
        <div className="view-header">
          <h1 id="library-heading">{t('library.heading')}</h1>
          <div className="view-actions">
            <button type="button" onClick={openExport} disabled={!documents || documents.length === 0}>
              {chosen.length > 0 ? t('library.exportSelected', { count: String(chosen.length) }) : t('exportDialog.open')}
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
        {documents && documents.length === 0 && <p className="empty">{t('library.empty')}</p>}
        {documents && documents.length > 0 && (
          <table className="library-table">
            <thead>
              <tr>
                <th scope="col" className="select-cell">
                  <input
                    type="checkbox"
                    aria-label={t('library.selectAll')}
                    checked={allChosen}
                    onChange={(e) => setSelected(e.target.checked ? new Set(documents.map((doc) => doc.id)) : new Set())}
                  />
                </th>
                <th scope="col">{t('library.col.title')}</th>
                <th scope="col">{t('library.col.kind')}</th>
                <th scope="col">{t('library.col.importedAt')}</th>
                <th scope="col" className="numeric">
                  {t('library.col.passages')}
                </th>
              </tr>
            </thead>
            <tbody>
              {documents.map((doc) => (
                <tr key={doc.id}>
                  <td className="select-cell">
                    <input type="checkbox" aria-label={t('library.select', { title: doc.title })} checked={selected.has(doc.id)} onChange={(e) => select(doc.id, e.target.checked)} />
                  </td>
                  <td>
                    <a href={`#/doc/${encodeURIComponent(doc.id)}`} onClick={(e) => { e.preventDefault(); onOpen(doc.id); }}>
                      {doc.title}
                    </a>
                  </td>
                  <td>{t(`kind.${doc.kind}`)}</td>
                  <td>{dateFormat.format(doc.importedAt)}</td>
                  <td className="numeric">
                    {counts?.get(doc.id) ?? 0}
                    {toReview?.get(doc.id) ? <span className="to-review">{t('library.toReview', { count: String(toReview.get(doc.id)) })}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </DropZone>
      {pasting && (
        <PasteDialog
          onClose={() => setPasting(false)}
          onImport={(file, title) => {
            setPasting(false);
            void importFiles([file], { title });
          }}
        />
      )}
    </main>
  );
}

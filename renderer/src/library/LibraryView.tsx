// The library: every imported document with its kind, date and passage count; import by picker or drop.
import { useLiveQuery } from 'dexie-react-hooks';
import { listDocuments, passageCounts } from '../db/documents';
import { useI18n } from '../i18n/useI18n';
import { DropZone } from './DropZone';
import { ImportProgressBar } from './ImportProgressBar';
import { PasswordDialog } from './PasswordDialog';
import { useImport } from './useImport';

export function LibraryView({ onOpen }: { onOpen: (docId: string) => void }) {
  const { lang, t } = useI18n();
  const documents = useLiveQuery(listDocuments, []);
  const counts = useLiveQuery(passageCounts, []);
  const { busy, importFiles, pickAndImport, session } = useImport();
  const dateFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <main className="library" aria-labelledby="library-heading">
      <DropZone onFiles={(files) => void importFiles(files)}>
        <div className="view-header">
          <h1 id="library-heading">{t('library.heading')}</h1>
          <button type="button" className="primary" onClick={() => void pickAndImport()} disabled={busy !== null}>
            {t('library.import')}
          </button>
        </div>
        <p className="progress" role="status">
          {busy ? t('library.importing', { name: busy }) : ''}
        </p>
        {session.activity && <ImportProgressBar activity={session.activity} onCancel={session.cancel} />}
        {session.password && <PasswordDialog pending={session.password} />}
        {documents && documents.length === 0 && <p className="empty">{t('library.empty')}</p>}
        {documents && documents.length > 0 && (
          <table className="library-table">
            <thead>
              <tr>
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
                  <td>
                    <a href={`#/doc/${encodeURIComponent(doc.id)}`} onClick={(e) => { e.preventDefault(); onOpen(doc.id); }}>
                      {doc.title}
                    </a>
                  </td>
                  <td>{t(`kind.${doc.kind}`)}</td>
                  <td>{dateFormat.format(doc.importedAt)}</td>
                  <td className="numeric">{counts?.get(doc.id) ?? 0}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </DropZone>
    </main>
  );
}

// The reader: the document's text with its passages, the tagging toolbar and the passage panel.
import { useCallback, useState } from 'react';
import { isLowConfidence } from '../../../shared/import/ocr/types';
import { formatPinpointCitation } from '../../../shared/legal/citation';
import { useReaderCommands } from '../app/commands/useReaderCommands';
import { db } from '../db/database';
import { useExportMarkdown } from '../export/useExportMarkdown';
import { useI18n } from '../i18n/useI18n';
import { useNotices } from '../ui/notices';
import { ReaderEditor } from './ReaderEditor';
import { DocumentDetailsDialog } from './DocumentDetailsDialog';
import { PassagePanel } from './PassagePanel';
import { ReviewPanel } from './ReviewPanel';
import { TagToolbar } from './TagToolbar';
import { KeyboardTaggingPlugin } from './plugins/KeyboardTaggingPlugin';
import { scrollToPassage } from './scrollToPassage';
import { useReaderData } from './useReaderData';
import { useTagging } from './useTagging';

export function ReaderView({ docId, onBack }: { docId: string; onBack: () => void }) {
  const { lang, t } = useI18n();
  const { notify } = useNotices();
  const { document, blocks, passages, tags, spans, colours } = useReaderData(docId);
  const { onSelection, tagSelection } = useTagging(document, blocks, passages);
  const exportMarkdown = useExportMarkdown(document, blocks, passages, tags);
  const onTag = useCallback((tag: (typeof tags)[number]) => void tagSelection(tag), [tagSelection]);
  const [editing, setEditing] = useState(false);
  // The native menu's Export, Tags and Copy with citation act on this document.
  useReaderCommands({ document, blocks, tags, onTag, exportMarkdown });

  const removePassage = useCallback(
    async (id: string) => {
      await db.annotations.delete(id);
      notify('success', t('passages.removed'));
    },
    [notify, t],
  );

  if (document === null) {
    return (
      <main className="reader">
        <p className="empty">{t('reader.notFound')}</p>
        <button type="button" onClick={onBack}>
          {t('nav.backToLibrary')}
        </button>
      </main>
    );
  }
  if (!document || !blocks) {
    return (
      <main className="reader" aria-busy="true">
        <p className="empty">{t('reader.loading')}</p>
      </main>
    );
  }

  const recognised = blocks.some((block) => block.ocrConfidence !== undefined);
  const uncertain = recognised ? blocks.filter(isLowConfidence).length : 0;

  return (
    <main className="reader" aria-labelledby="reader-title">
      <div className="view-header reader-header">
        <div>
          <a className="back-link" href="#/" onClick={(e) => { e.preventDefault(); onBack(); }}>
            ← {t('nav.backToLibrary')}
          </a>
          <h1 id="reader-title">{document.title}</h1>
          <p className="citation">{formatPinpointCitation(document, undefined, lang)}</p>
        </div>
        <div className="view-actions">
          <button type="button" onClick={() => setEditing(true)}>
            {t('details.open')}
          </button>
          <button type="button" onClick={() => void exportMarkdown()}>
            {t('reader.export')}
          </button>
        </div>
      </div>
      {editing && <DocumentDetailsDialog document={document} onClose={() => setEditing(false)} />}
      <div className="reader-body">
        <section className="reader-main" aria-label={t('reader.documentText')}>
          <TagToolbar tags={tags} onTag={onTag} />
          {recognised && (
            <p className="ocr-notice" role="note">
              {uncertain > 0 ? t('ocr.notice', { count: String(uncertain) }) : t('ocr.noticeConfident')}
            </p>
          )}
          <KeyboardTaggingPlugin tags={tags} onTag={onTag} />
          <ReaderEditor label={t('reader.documentText')} blocks={blocks} spans={spans} colours={colours} onSelection={onSelection} />
        </section>
        <div className="reader-side">
          {/* Orphans have no place in the text: they are listed for review only, never hidden. */}
          <ReviewPanel passages={passages} onShow={(id) => void scrollToPassage(window.document, id)} onRemove={(id) => void removePassage(id)} />
          <PassagePanel
            passages={passages.filter((passage) => passage.status !== 'orphan')}
            blocks={blocks}
            tags={tags}
            onShow={(id) => void scrollToPassage(window.document, id)}
            onRemove={(id) => void removePassage(id)}
          />
        </div>
      </div>
    </main>
  );
}

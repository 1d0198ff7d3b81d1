// The reader: the document's text with its passages, the ways to tag them, the note, and the passage panel.
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { isLowConfidence } from '../../../shared/import/ocr/types';
import { formatPinpointCitation } from '../../../shared/legal/citation';
import type { Annotation, Tag } from '../../../shared/model';
import { useCopyWithCitation, useReaderCommands } from '../app/commands/useReaderCommands';
import { useExportDialog } from '../export/ExportProvider';
import { useI18n } from '../i18n/useI18n';
import { DocumentNote } from '../notes/DocumentNote';
import { passageHref, passageIdFromHash } from '../notes/passageLink';
import { ReaderEditor } from './ReaderEditor';
import { DocumentDetailsDialog } from './DocumentDetailsDialog';
import { ReviewPanel } from './ReviewPanel';
import { PassagePanel } from './PassagePanel';
import { TagToolbar } from './TagToolbar';
import { CommandPalette } from './CommandPalette';
import { TagContextMenu } from './TagContextMenu';
import { PassageHoverCard } from './PassageHoverCard';
import { SuggestionsPanel } from './SuggestionsPanel';
import { KeyboardTaggingPlugin } from './plugins/KeyboardTaggingPlugin';
import type { SelectedRange } from './plugins/SelectionToPassagePlugin';
import { scrollToPassage, scrollToPassageWhenDrawn } from './scrollToPassage';
import { blockIdFromHash, scrollToBlock } from '../search/scrollToBlock';
import { passageAtRange, selectedQuote } from './selectedQuote';
import { usePassageActions } from './usePassageActions';
import { useReaderData } from './useReaderData';
import { useTagging } from './useTagging';
import { useAfterPaint } from './useAfterPaint';

const NO_PASSAGES: Annotation[] = [];
const excerpt = (text: string, max = 50) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function ReaderView({ docId, onBack }: { docId: string; onBack: () => void }) {
  const { lang, t } = useI18n();
  const { document, blocks, passages, tags, spans, colours, index, preview, settle, discard } = useReaderData(docId);
  const pending = useMemo(() => ({ preview, settle, discard }), [preview, settle, discard]);
  const { onSelection, tagSelection, currentRange, draftFor } = useTagging(document, blocks, passages, index, pending);
  const exportDialog = useExportDialog();
  const openExport = useCallback(() => exportDialog.open({ kind: 'documents', docIds: [docId] }), [docId, exportDialog]);
  const actions = usePassageActions(tags, document, blocks);
  // The side components (passage list, review list, hover cards, note links) fill in once the text is painted:
  // opening draws the text and its marks first, and the 2,000-passage panel comes in the browser's next idle
  // moment. Afterwards they follow the passages a step behind the text (deferred), so a key press redraws one
  // mark without waiting for the panel to re-list 2,000 passages.
  const painted = useAfterPaint(blocks !== undefined, docId);
  const sidePassages = useDeferredValue(painted ? passages : NO_PASSAGES);
  const sideShown = painted && (sidePassages !== NO_PASSAGES || passages.length === 0);
  const listed = useMemo(() => sidePassages.filter((passage) => passage.status !== 'orphan'), [sidePassages]);
  const links = useMemo(() => sidePassages.map((p) => ({ href: passageHref(docId, p.id), label: excerpt(p.anchor.quote.exact) })), [docId, sidePassages]);
  const onTag = useCallback((tag: Tag, range?: SelectedRange | null) => void tagSelection(tag, range), [tagSelection]);
  const [suggesting, setSuggesting] = useState<{ range: SelectedRange | null } | null>(null);
  const [editing, setEditing] = useState(false);
  // The native menu's Export, Tags and Copy with citation act on this document.
  useReaderCommands({ document, blocks, tags, onTag, openExport });
  const copyWithCitation = useCopyWithCitation(document, blocks);
  const passageAt = useCallback((range: SelectedRange) => (blocks ? (passageAtRange(passages, blocks, range)?.id ?? null) : null), [blocks, passages]);

  // A link from a note (#/doc/<id>/p/<passage>) scrolls to that passage, and a search result (#/doc/<id>/b/<block>)
  // to that paragraph, now and whenever the hash changes.
  const ready = blocks !== undefined;
  useEffect(() => {
    if (!ready) return;
    const go = () => {
      const id = passageIdFromHash(window.location.hash);
      if (id) void scrollToPassageWhenDrawn(window.document, id);
      const block = blockIdFromHash(window.location.hash);
      if (block) void scrollToBlock(window.document, block);
    };
    go();
    window.addEventListener('hashchange', go);
    return () => window.removeEventListener('hashchange', go);
  }, [ready]);

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
  const removeById = (id: string) => {
    const passage = passages.find((p) => p.id === id);
    if (passage) actions.onRemove(passage);
  };
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
        <div className="header-actions">
          <button type="button" onClick={() => setEditing(true)}>
            {t('details.open')}
          </button>
          <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => setSuggesting({ range: currentRange() })}>
            {t('suggest.button')}
          </button>
          <button type="button" onClick={openExport}>
            {t('reader.export')}
          </button>
          {/* This document as A; the picker asks for B. */}
          <button type="button" onClick={() => (window.location.hash = `#/compare/${encodeURIComponent(docId)}`)}>
            {t('compare.withAction')}
          </button>
        </div>
      </div>
      {editing && <DocumentDetailsDialog document={document} onClose={() => setEditing(false)} />}
      <DocumentNote document={document} links={links} />
      <div className="reader-body">
        <section className="reader-main" aria-label={t('reader.documentText')}>
          <TagToolbar tags={tags} onTag={onTag} />
          {recognised && (
            <p className="ocr-notice" role="note">
              {uncertain > 0 ? t('ocr.notice', { count: String(uncertain) }) : t('ocr.noticeConfident')}
            </p>
          )}
          <KeyboardTaggingPlugin tags={tags} onTag={onTag} />
          <CommandPalette tags={tags} currentRange={currentRange} onTag={onTag} />
          <TagContextMenu tags={tags} currentRange={currentRange} onTag={onTag} onCopy={(range) => void copyWithCitation(blocks ? selectedQuote(blocks, range) : null)} passageAt={passageAt} />
          <PassageHoverCard passages={sidePassages} tags={tags} />
          <ReaderEditor label={t('reader.documentText')} blocks={blocks} spans={spans} colours={colours} onSelection={onSelection} />
        </section>
        {/* Until the text is painted the side column stays empty, rather than say "no passages" for an instant. */}
        <div className="reader-side" aria-busy={!sideShown}>
          {sideShown && (
            <>
              {/* Orphans have no place in the text: they are listed for review only, never hidden. */}
              <ReviewPanel passages={sidePassages} onShow={(id) => void scrollToPassage(window.document, id)} onRemove={removeById} />
              {suggesting && (
                <SuggestionsPanel
                  blocks={blocks}
                  passages={passages}
                  tags={tags}
                  range={suggesting.range}
                  draftFor={draftFor}
                  onClose={() => setSuggesting(null)}
                />
              )}
              <PassagePanel
                docId={docId}
                passages={listed}
                blocks={blocks}
                tags={tags}
                actions={actions}
              />
            </>
          )}
        </div>
      </div>
    </main>
  );
}

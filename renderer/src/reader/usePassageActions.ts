// What the passage panel does to a passage (remove, untag, re-tag, add a tag, role, stance: each an undoable step; copy with citation).
import { useMemo } from 'react';
import { addTagToPassage, editPassage, removePassage, retagPassage, untagPassage } from '../../../shared/codebook/passageOps';
import { tagDisplayName } from '../../../shared/i18n';
import { quoteWithCitation } from '../../../shared/export';
import type { Block, GloseDocument, Tag } from '../../../shared/model';
import { bridge } from '../platform';
import { useHistory } from '../codebook/history';
import { useI18n } from '../i18n/useI18n';
import { useNotices } from '../ui/notices';
import type { PassageActions } from './PassageItem';
import { scrollToPassage } from './scrollToPassage';

export function usePassageActions(tags: readonly Tag[], document: GloseDocument | null | undefined, blocks: readonly Block[] | undefined): PassageActions {
  const { lang, t } = useI18n();
  const { notify } = useNotices();
  const { perform } = useHistory();
  return useMemo(() => {
    const name = (id: string) => {
      const tag = tags.find((x) => x.id === id);
      return tag ? tagDisplayName(tag, lang) : '';
    };
    return {
      onShow: (id) => void scrollToPassage(window.document, id),
      onRemove: (passage) => {
        void perform(removePassage(passage)).then(() => notify('success', t('passages.removed')));
      },
      onUntag: (passage, tagId) => {
        void perform(untagPassage(passage, tagId, Date.now())).then(() => notify('success', t('passages.untagged', { tag: name(tagId) })));
      },
      onRetag: (passage, fromId, toId) => {
        void perform(retagPassage(passage, fromId, toId, Date.now())).then(() => notify('success', t('reader.tagged', { tag: name(toId) })));
      },
      onAddTag: (passage, tagId) => {
        void perform(addTagToPassage(passage, tagId, Date.now())).then(() => notify('success', t('reader.tagged', { tag: name(tagId) })));
      },
      onCopy: (passage) => {
        if (!document || !blocks) return;
        // The same plain and rich text as Copy with citation on a selection: a word processor pastes the quote and its citation.
        const clip = quoteWithCitation(document, blocks, { text: passage.anchor.quote.exact, startBlockId: passage.anchor.start.blockId }, lang);
        bridge.writeClipboard({ text: clip.text, html: clip.html }).then(
          () => notify('success', t('copy.done', { citation: clip.citation })),
          (error: unknown) => notify('error', t('copy.failed', { detail: error instanceof Error ? error.message : String(error) })),
        );
      },
      onEdit: (passage, edit) => {
        void perform(editPassage(passage, edit, Date.now())).then(() => notify('success', t('passages.edited')));
      },
    } satisfies PassageActions;
  }, [blocks, document, lang, notify, perform, t, tags]);
}

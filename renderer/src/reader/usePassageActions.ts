// What the passage panel does to a passage (remove, untag, re-tag, add a tag, role, stance), each an undoable step.
import { useMemo } from 'react';
import { addTagToPassage, editPassage, removePassage, retagPassage, untagPassage } from '../../../shared/codebook/passageOps';
import { tagDisplayName } from '../../../shared/i18n';
import type { Tag } from '../../../shared/model';
import { useHistory } from '../codebook/history';
import { useI18n } from '../i18n/useI18n';
import { useNotices } from '../ui/notices';
import type { PassageActions } from './PassageItem';
import { scrollToPassage } from './scrollToPassage';

export function usePassageActions(tags: readonly Tag[]): PassageActions {
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
      onEdit: (passage, edit) => {
        void perform(editPassage(passage, edit, Date.now())).then(() => notify('success', t('passages.edited')));
      },
    } satisfies PassageActions;
  }, [lang, notify, perform, t, tags]);
}

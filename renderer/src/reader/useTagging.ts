// Turns the current selection into a tagged passage (or adds the tag to the identical passage).
import { useCallback, useRef } from 'react';
import type { Annotation, Block, GloseDocument, Tag } from '../../../shared/model';
import { anchorPassage } from '../../../shared/anchor';
import { normaliseRange } from '../../../shared/anchor/normaliseRange';
import { defaultRole } from '../../../shared/legal/roles';
import { tagDisplayName } from '../../../shared/i18n';
import { db } from '../db/database';
import { newId } from '../db/ids';
import { useI18n } from '../i18n/useI18n';
import { useNotices } from '../ui/notices';
import type { SelectedRange } from './plugins/SelectionToPassagePlugin';

export function useTagging(document: GloseDocument | null | undefined, blocks: readonly Block[] | undefined, passages: readonly Annotation[]) {
  const { lang, t } = useI18n();
  const { notify } = useNotices();
  const selection = useRef<SelectedRange | null>(null);
  const onSelection = useCallback((range: SelectedRange | null) => {
    selection.current = range;
  }, []);

  const tagSelection = useCallback(
    async (tag: Tag) => {
      const range = selection.current;
      const tidy = range && blocks ? normaliseRange(blocks, range.start, range.end) : null;
      if (!document || !blocks || !tidy) {
        notify('info', t('reader.selectFirst'));
        return;
      }
      const anchor = anchorPassage([...blocks], tidy.start, tidy.end);
      const name = tagDisplayName(tag, lang);
      const same = passages.find((p) => p.anchor.position.start === anchor.position.start && p.anchor.position.end === anchor.position.end);
      const now = Date.now();
      if (same) {
        if (same.tagIds.includes(tag.id)) {
          notify('info', t('reader.alreadyTagged', { tag: name }));
        } else {
          await db.annotations.update(same.id, { tagIds: [...same.tagIds, tag.id], updatedAt: now });
          notify('success', t('reader.tagged', { tag: name }));
        }
      } else {
        const startBlock = blocks.find((b) => b.id === tidy.start.blockId);
        const passage: Annotation = {
          id: newId(),
          docId: document.id,
          tagIds: [tag.id],
          anchor,
          role: defaultRole(startBlock?.section, document.kind),
          stance: 'undecided',
          status: 'anchored',
          createdAt: now,
          updatedAt: now,
        };
        await db.annotations.add(passage);
        notify('success', t('reader.tagged', { tag: name }));
      }
      window.getSelection()?.removeAllRanges();
      selection.current = null;
    },
    [blocks, document, lang, notify, passages, t],
  );

  return { onSelection, tagSelection };
}

// Turns the current selection (or a given range) into a tagged passage, through the undo history.
import { useCallback, useRef } from 'react';
import type { Annotation, Block, BlockPoint, GloseDocument, Tag } from '../../../shared/model';
import { anchorPassage, type TextIndex } from '../../../shared/anchor';
import { normaliseRange } from '../../../shared/anchor/normaliseRange';
import { tagPassage } from '../../../shared/codebook/passageOps';
import { defaultRole } from '../../../shared/legal/roles';
import { tagDisplayName } from '../../../shared/i18n';
import { newId } from '../db/ids';
import { useHistory } from '../codebook/history';
import { useI18n } from '../i18n/useI18n';
import { useNotices } from '../ui/notices';
import type { SelectedRange } from './plugins/SelectionToPassagePlugin';

export function useTagging(
  document: GloseDocument | null | undefined,
  blocks: readonly Block[] | undefined,
  passages: readonly Annotation[],
  index: TextIndex | null,
  pending: { preview: (rows: readonly Annotation[]) => void; settle: (ids: readonly string[]) => void; discard: (ids: readonly string[]) => void },
) {
  const { lang, t } = useI18n();
  const { notify } = useNotices();
  const { perform } = useHistory();
  const selection = useRef<SelectedRange | null>(null);
  const onSelection = useCallback((range: SelectedRange | null) => {
    selection.current = range;
  }, []);
  /** The selection right now; a menu or palette keeps it, since focusing their input would clear the live one. */
  const currentRange = useCallback(() => selection.current, []);

  /** The passage a range would become, before any tag: anchor, guessed role, undecided stance. */
  const draftFor = useCallback(
    (start: BlockPoint, end: BlockPoint): Annotation | null => {
      const tidy = blocks ? normaliseRange(blocks, start, end) : null;
      if (!document || !blocks || !tidy || !index) return null;
      const now = Date.now();
      const startBlock = blocks.find((b) => b.id === tidy.start.blockId);
      const role = defaultRole(startBlock?.section, document.kind);
      return {
        id: newId(),
        docId: document.id,
        tagIds: [],
        anchor: anchorPassage(index, tidy.start, tidy.end),
        ...(role ? { role } : {}),
        stance: 'undecided',
        status: 'anchored',
        createdAt: now,
        updatedAt: now,
      };
    },
    [blocks, document, index],
  );

  const tagSelection = useCallback(
    async (tag: Tag, captured?: SelectedRange | null) => {
      const range = captured ?? selection.current;
      const draft = range ? draftFor(range.start, range.end) : null;
      if (!draft) {
        notify('info', t('reader.selectFirst'));
        return;
      }
      const name = tagDisplayName(tag, lang);
      const { change, already } = tagPassage(passages, draft, tag.id);
      // The selection is spent now, before the write: cleared after it, it would wipe the selection the user
      // has made since (a reader tags paragraph after paragraph faster than the database answers).
      window.getSelection()?.removeAllRanges();
      selection.current = null;
      if (already) {
        notify('info', t('reader.alreadyTagged', { tag: name }));
        return;
      }
      const rows = change.annotations.flatMap((row) => (row.after ? [row.after] : []));
      pending.preview(rows);
      try {
        await perform(change);
        pending.settle(rows.map((row) => row.id));
      } catch (error) {
        pending.discard(rows.map((row) => row.id));
        throw error;
      }
      notify('success', t('reader.tagged', { tag: name }));
    },
    [draftFor, lang, notify, passages, pending, perform, t],
  );

  return { onSelection, tagSelection, currentRange, draftFor };
}

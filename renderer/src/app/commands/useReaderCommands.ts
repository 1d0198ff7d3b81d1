// The commands the open document answers: export, a tag from the Tags menu, copy with citation.
import { useCallback } from 'react';
import { quoteWithCitation } from '../../../../shared/export';
import type { Block, GloseDocument, Tag } from '../../../../shared/model';
import { bridge } from '../../platform';
import { useI18n } from '../../i18n/useI18n';
import { useNotices } from '../../ui/notices';
import { useCommand } from './CommandProvider';
import { readerSelection, type ReaderSelection } from './copyWithCitation';

interface ReaderCommandInput {
  document: GloseDocument | null | undefined;
  blocks: readonly Block[] | undefined;
  tags: readonly Tag[];
  onTag: (tag: Tag) => void;
  /** Opens the export dialog on this document. */
  openExport: () => void;
}

/** Copies a selection of the reader with its pinpoint citation, as plain text and HTML; null asks the user to select first. */
export function useCopyWithCitation(document: GloseDocument | null | undefined, blocks: readonly Block[] | undefined): (selected: ReaderSelection | null) => Promise<void> {
  const { lang, t } = useI18n();
  const { notify } = useNotices();
  return useCallback(
    async (selected) => {
      if (!document || !blocks) return;
      if (!selected) {
        notify('info', t('copy.selectFirst'));
        return;
      }
      const clip = quoteWithCitation(document, blocks, selected, lang);
      try {
        await bridge.writeClipboard({ text: clip.text, html: clip.html });
        notify('success', t('copy.done', { citation: clip.citation }));
      } catch (error) {
        notify('error', t('copy.failed', { detail: error instanceof Error ? error.message : String(error) }));
      }
    },
    [blocks, document, lang, notify, t],
  );
}

export function useReaderCommands({ document, blocks, tags, onTag, openExport }: ReaderCommandInput): void {
  const ready = Boolean(document && blocks);

  const copySelection = useCopyWithCitation(document, blocks);
  const copy = useCallback(
    () => copySelection(readerSelection(window.document.querySelector('.reader-text'), window.getSelection())),
    [copySelection],
  );

  useCommand('export', ready ? openExport : null);
  useCommand('copyWithCitation', ready ? copy : null);
  useCommand(
    'tag',
    ready
      ? (command) => {
          const tag = command.id === 'tag' ? tags.find((candidate) => candidate.id === command.tagId) : undefined;
          if (tag) onTag(tag);
        }
      : null,
  );
}

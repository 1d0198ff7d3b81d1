// The commands the open document answers: export, a tag from the Tags menu, copy with citation.
import { useCallback } from 'react';
import { quoteWithCitation } from '../../../../shared/export';
import type { Block, GloseDocument, Tag } from '../../../../shared/model';
import { bridge } from '../../platform';
import { useI18n } from '../../i18n/useI18n';
import { useNotices } from '../../ui/notices';
import { useCommand } from './CommandProvider';
import { readerSelection } from './copyWithCitation';

interface ReaderCommandInput {
  document: GloseDocument | null | undefined;
  blocks: readonly Block[] | undefined;
  tags: readonly Tag[];
  onTag: (tag: Tag) => void;
  /** Opens the export dialog on this document. */
  openExport: () => void;
}

export function useReaderCommands({ document, blocks, tags, onTag, openExport }: ReaderCommandInput): void {
  const { lang, t } = useI18n();
  const { notify } = useNotices();
  const ready = Boolean(document && blocks);

  const copy = useCallback(async () => {
    if (!document || !blocks) return;
    const selected = readerSelection(window.document.querySelector('.reader-text'), window.getSelection());
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
  }, [blocks, document, lang, notify, t]);

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

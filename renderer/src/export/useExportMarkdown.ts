// Exports the open document's tagged arguments as Markdown, saved through the host (dialog or download).
import { useCallback } from 'react';
import type { Annotation, Block, GloseDocument, Tag } from '../../../shared/model';
import { exportArgumentListMarkdown } from '../../../shared/export';
import { bridge } from '../platform';
import { useI18n } from '../i18n/useI18n';
import { useNotices } from '../ui/notices';
import { exportFileName } from './exportFileName';

export function useExportMarkdown(document: GloseDocument | null | undefined, blocks: readonly Block[] | undefined, passages: readonly Annotation[], tags: readonly Tag[]) {
  const { lang, t } = useI18n();
  const { notify } = useNotices();
  return useCallback(async () => {
    if (!document || !blocks) return;
    if (passages.length === 0) {
      notify('info', t('reader.exportEmpty'));
      return;
    }
    const markdown = exportArgumentListMarkdown({ document, blocks: [...blocks], passages: [...passages], tags: [...tags], lang, now: new Date() });
    try {
      const result = await bridge.saveFile({
        title: t('export.dialogTitle'),
        suggestedName: exportFileName(document.title),
        mimeType: 'text/markdown;charset=utf-8',
        filters: [{ name: t('export.filter.markdown'), extensions: ['md'] }],
        data: markdown,
      });
      if (result.status === 'saved') notify('success', t('reader.exported'));
    } catch (error) {
      notify('error', t('error.generic', { detail: error instanceof Error ? error.message : String(error) }));
    }
  }, [blocks, document, lang, notify, passages, t, tags]);
}

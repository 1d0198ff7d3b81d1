// Exports the comparison as Markdown or DOCX, saved through the host (a dialog in the desktop app, a download on the web).
import { useCallback } from 'react';
import { argumentRows, exportComparisonDocx, exportComparisonMarkdown, type Comparison, type ComparisonExportInput } from '../../../shared/compare';
import type { Tag } from '../../../shared/model';
import { bridge } from '../platform';
import { useI18n } from '../i18n/useI18n';
import { useNotices } from '../ui/notices';
import type { Side } from './useCompareData';

/** `comparaison-ce-2024-ce-2025.md`: letters, digits and dashes only, so every OS accepts it. */
export function comparisonFileName(titleA: string, titleB: string, prefix: string, extension: string): string {
  const slug = (text: string) =>
    text
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .toLowerCase();
  return `${[prefix, slug(titleA), slug(titleB)].filter(Boolean).join('-')}.${extension}`;
}

export function useCompareExport(a: Side, b: Side, tags: readonly Tag[], comparison: Comparison | null) {
  const { lang, t } = useI18n();
  const { notify } = useNotices();
  return useCallback(
    async (format: 'markdown' | 'docx') => {
      if (!comparison || !a.document || !b.document || !a.blocks || !b.blocks) return;
      const input: ComparisonExportInput = {
        docA: a.document,
        docB: b.document,
        blocksA: a.blocks,
        blocksB: b.blocks,
        comparison,
        arguments: argumentRows({ tags, passagesA: a.passages, passagesB: b.passages, blocksA: a.blocks, blocksB: b.blocks }),
        lang,
        now: new Date(),
      };
      const prefix = lang === 'fr' ? 'comparaison' : 'comparison';
      try {
        const result =
          format === 'markdown'
            ? await bridge.saveFile({
                title: t('compare.exportMarkdown'),
                suggestedName: comparisonFileName(a.document.title, b.document.title, prefix, 'md'),
                mimeType: 'text/markdown;charset=utf-8',
                filters: [{ name: t('compare.filter.markdown'), extensions: ['md'] }],
                data: exportComparisonMarkdown(input),
              })
            : await bridge.saveFile({
                title: t('compare.exportDocx'),
                suggestedName: comparisonFileName(a.document.title, b.document.title, prefix, 'docx'),
                mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                filters: [{ name: t('compare.filter.docx'), extensions: ['docx'] }],
                data: await exportComparisonDocx(input),
              });
        if (result.status === 'saved') notify('success', t('compare.exported'));
      } catch (error) {
        notify('error', t('error.generic', { detail: error instanceof Error ? error.message : String(error) }));
      }
    },
    [a, b, comparison, lang, notify, t, tags],
  );
}

// Explains the margin mark on paragraphs that OCR read with low confidence, in the interface language.
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useI18n } from '../../i18n/useI18n';
import { BlockParagraphNode } from '../nodes';

export function OcrConfidencePlugin() {
  const [editor] = useLexicalComposerContext();
  const { t } = useI18n();

  useEffect(() => {
    const explain = (element: HTMLElement) => {
      const confidence = element.dataset.ocrConfidence;
      if (!confidence) return;
      const text = t('ocr.lowConfidence', { confidence });
      // A tooltip for the mouse, and the alternative text of the CSS mark for screen readers.
      element.title = text;
      element.dataset.ocrLabel = text;
    };
    editor.getRootElement()?.querySelectorAll<HTMLElement>('.block-ocr-uncertain').forEach(explain);
    return editor.registerMutationListener(BlockParagraphNode, (mutations) => {
      for (const [key, mutation] of mutations) {
        if (mutation === 'destroyed') continue;
        const element = editor.getElementByKey(key);
        if (element) explain(element);
      }
    });
  }, [editor, t]);

  return null;
}

// Explains the margin mark on paragraphs that OCR read with low confidence, in the interface language.
import { useLayoutEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useI18n } from '../../i18n/useI18n';
import { ocrLabel, setOcrLabeller } from '../ocrLabels';

export function OcrConfidencePlugin() {
  const [editor] = useLexicalComposerContext();
  const { t } = useI18n();

  // New paragraphs label themselves as they are drawn (BlockParagraphNode.createDOM); a change of language
  // relabels those already drawn. A layout effect, so the labeller is set before the text's first draw.
  useLayoutEffect(() => {
    setOcrLabeller(editor, (confidence) => t('ocr.lowConfidence', { confidence }));
    editor.getRootElement()?.querySelectorAll<HTMLElement>('.block-ocr-uncertain').forEach((element) => ocrLabel(editor, element));
  }, [editor, t]);

  return null;
}

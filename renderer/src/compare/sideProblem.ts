// What stops one side of a comparison (missing, no text), said in words; and when a citation only repeats a title.
import type { MessageKey } from '../../../shared/i18n';
import type { Side } from './useCompareData';

type Translate = (key: MessageKey, vars?: Record<string, string>) => string;

/** Whether a citation only abbreviates the title (`CE` for `Conseil d'État`): then the title says it all. */
export function sameCitation(title: string, citation: string): boolean {
  const tail = (text: string) => text.replace(/^[^,]*,/, '').trim();
  return citation === '' || tail(title) === tail(citation);
}

/** Why a side cannot be compared, in words; null when it can (or is still loading). */
export function sideProblem(side: Side, name: 'A' | 'B', t: Translate): string | null {
  if (side.document === null) return t('compare.error.notFound', { side: name });
  if (side.document && side.blocks && side.blocks.every((block) => block.text.trim() === '')) return t('compare.error.empty', { side: name, title: side.document.title });
  return null;
}

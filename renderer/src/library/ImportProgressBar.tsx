// The progress of a long import (PDF pages, OCR), with the button that cancels it.
import { useI18n } from '../i18n/useI18n';
import type { ImportActivity } from './useImportSession';

/** A short PDF is read in a blink: a bar that flashes for it would only distract. OCR always shows one. */
const MIN_PAGES_FOR_BAR = 20;

export function ImportProgressBar({ activity, onCancel }: { activity: ImportActivity; onCancel: () => void }) {
  const { t } = useI18n();
  const { name, progress } = activity;
  if (!progress || (progress.stage === 'reading' && progress.pages < MIN_PAGES_FOR_BAR)) return null;
  const label =
    progress.stage === 'ocr'
      ? t('importProgress.ocr', { name, page: String(progress.page), pages: String(progress.pages) })
      : t('importProgress.reading', { name, page: String(progress.page), pages: String(progress.pages) });
  const fraction = progress.stage === 'ocr' ? progress.fraction : progress.page / Math.max(1, progress.pages);
  return (
    <div className="import-progress" data-testid="import-progress" data-stage={progress.stage}>
      <span id="import-progress-text">{label}</span>
      <progress aria-label={t('importProgress.label')} aria-describedby="import-progress-text" max={100} value={Math.round(fraction * 100)} />
      <button type="button" onClick={onCancel}>
        {t('importProgress.cancel')}
      </button>
    </div>
  );
}

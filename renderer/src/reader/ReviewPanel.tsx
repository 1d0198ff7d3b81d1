// After a new version: the passages whose text changed or was not found, to check one by one. None is dropped silently.
import type { Annotation } from '../../../shared/model';
import { db } from '../db/database';
import { useI18n } from '../i18n/useI18n';

export function ReviewPanel({ passages, onShow, onRemove }: { passages: readonly Annotation[]; onShow: (id: string) => void; onRemove: (id: string) => void }) {
  const { t } = useI18n();
  const toReview = passages
    .filter((passage) => passage.status !== 'anchored')
    .sort((a, b) => a.anchor.position.start - b.anchor.position.start);
  if (toReview.length === 0) return null;
  const accept = async (passage: Annotation) => {
    // Checked by the user: the passage, where it now is, is what they mean to keep.
    await db.annotations.update(passage.id, { status: 'anchored', previousExact: undefined, updatedAt: Date.now() });
  };
  return (
    <section className="review-panel" aria-labelledby="review-heading" data-testid="review-panel">
      <h2 id="review-heading">
        {t('review.heading')} <span className="count">({toReview.length})</span>
      </h2>
      <p className="dialog-hint">{t('review.hint')}</p>
      <ul className="review-list">
        {toReview.map((passage) => (
          <li key={passage.id} className={`review-item review-${passage.status}`} data-passage-id={passage.id}>
            <span className="review-status">{t(passage.status === 'drifted' ? 'review.drifted' : 'review.orphan')}</span>
            <q className="passage-quote">{passage.anchor.quote.exact}</q>
            {passage.status === 'drifted' && passage.previousExact && (
              <span className="review-was">{t('review.was', { text: passage.previousExact })}</span>
            )}
            <span className="review-actions">
              {passage.status === 'drifted' && (
                <button type="button" onClick={() => onShow(passage.id)}>
                  {t('review.show')}
                </button>
              )}
              {passage.status === 'drifted' && (
                <button type="button" onClick={() => void accept(passage)}>
                  {t('review.accept')}
                </button>
              )}
              <button type="button" onClick={() => onRemove(passage.id)}>
                {t('review.remove')}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

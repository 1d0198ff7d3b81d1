// The side panel: the document's passages in reading order; click to show one, or remove it.
import type { Annotation, Block, Tag } from '../../../shared/model';
import { tagDisplayName } from '../../../shared/i18n';
import { useI18n } from '../i18n/useI18n';

interface Props {
  passages: readonly Annotation[];
  blocks: readonly Block[];
  tags: readonly Tag[];
  onShow: (passageId: string) => void;
  onRemove: (passageId: string) => void;
}

const excerpt = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function PassagePanel({ passages, blocks, tags, onShow, onRemove }: Props) {
  const { lang, t } = useI18n();
  const tagById = new Map(tags.map((tag) => [tag.id, tag] as const));
  const blockById = new Map(blocks.map((block) => [block.id, block] as const));
  const ordered = [...passages].sort((a, b) => a.anchor.position.start - b.anchor.position.start || a.createdAt - b.createdAt);
  return (
    <aside className="passage-panel" aria-labelledby="passages-heading">
      <h2 id="passages-heading">
        {t('passages.heading')} <span className="count">({ordered.length})</span>
      </h2>
      {ordered.length === 0 && <p className="empty">{t('passages.empty')}</p>}
      <ol className="passage-list">
        {ordered.map((passage) => {
          const number = blockById.get(passage.anchor.start.blockId)?.number;
          return (
            <li key={passage.id} className="passage-item" data-passage-id={passage.id}>
              <button type="button" className="passage-show" onClick={() => onShow(passage.id)} title={t('passages.goTo')}>
                <span className="passage-tags">
                  {passage.tagIds.map((id) => {
                    const tag = tagById.get(id);
                    if (!tag) return null;
                    return (
                      <span key={id} className="tag-chip">
                        <span className="tag-swatch" style={{ background: tag.color }} aria-hidden="true" />
                        {tagDisplayName(tag, lang)}
                      </span>
                    );
                  })}
                  {number && <span className="passage-number">{t('passages.paragraph', { number })}</span>}
                </span>
                <q className="passage-quote">{passage.anchor.quote.exact}</q>
              </button>
              <button
                type="button"
                className="passage-remove"
                onClick={() => onRemove(passage.id)}
                aria-label={t('passages.removeLabel', { quote: excerpt(passage.anchor.quote.exact) })}
                title={t('passages.remove')}
              >
                ×
              </button>
            </li>
          );
        })}
      </ol>
    </aside>
  );
}

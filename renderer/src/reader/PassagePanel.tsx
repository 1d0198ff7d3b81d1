// The side panel: the document's passages in reading order, filterable by tag, role and stance.
import { useMemo, useState } from 'react';
import type { Annotation, Block, PassageRole, Stance, Tag } from '../../../shared/model';
import { tagDisplayName } from '../../../shared/i18n';
import { useI18n } from '../i18n/useI18n';
import { passageHref } from '../notes/passageLink';
import { PassageItem, ROLES, STANCES, type PassageActions } from './PassageItem';

interface Props {
  docId: string;
  passages: readonly Annotation[];
  blocks: readonly Block[];
  tags: readonly Tag[];
  actions: PassageActions;
}

/** Long rulings carry thousands of passages: the panel draws them a page at a time, so opening and tagging stay fast. */
const PAGE = 100;
const excerpt = (text: string, max = 50) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function PassagePanel({ docId, passages, blocks, tags, actions }: Props) {
  const { lang, t } = useI18n();
  const [tagFilter, setTagFilter] = useState('');
  const [roleFilter, setRoleFilter] = useState<PassageRole | ''>('');
  const [stanceFilter, setStanceFilter] = useState<Stance | ''>('');
  const [limit, setLimit] = useState(PAGE);
  const blockById = useMemo(() => new Map(blocks.map((block) => [block.id, block] as const)), [blocks]);
  const ordered = useMemo(() => [...passages].sort((a, b) => a.anchor.position.start - b.anchor.position.start || a.createdAt - b.createdAt), [passages]);
  const shown = ordered.filter(
    (p) => (!tagFilter || p.tagIds.includes(tagFilter)) && (!roleFilter || p.role === roleFilter) && (!stanceFilter || (p.stance ?? 'undecided') === stanceFilter),
  );
  const filtering = Boolean(tagFilter || roleFilter || stanceFilter);
  const links = useMemo(() => ordered.map((p) => ({ href: passageHref(docId, p.id), label: excerpt(p.anchor.quote.exact) })), [docId, ordered]);
  return (
    <aside className="passage-panel" aria-labelledby="passages-heading">
      <h2 id="passages-heading">
        {t('passages.heading')} <span className="count">({ordered.length})</span>
      </h2>
      {ordered.length > 0 && (
        <div className="passage-filters" role="group" aria-label={t('filter.label')}>
          <label>
            {t('filter.tag')}
            <select value={tagFilter} onChange={(e) => setTagFilter(e.target.value)}>
              <option value="">{t('filter.all')}</option>
              {tags.map((tag) => (
                <option key={tag.id} value={tag.id}>
                  {tagDisplayName(tag, lang)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('filter.role')}
            <select value={roleFilter} onChange={(e) => setRoleFilter(e.target.value as PassageRole | '')}>
              <option value="">{t('filter.all')}</option>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`role.${role}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('filter.stance')}
            <select value={stanceFilter} onChange={(e) => setStanceFilter(e.target.value as Stance | '')}>
              <option value="">{t('filter.all')}</option>
              {STANCES.map((stance) => (
                <option key={stance} value={stance}>
                  {t(`stance.${stance}`)}
                </option>
              ))}
            </select>
          </label>
          {filtering && <p className="filter-count" aria-live="polite">{t('filter.shown', { shown: String(shown.length), total: String(ordered.length) })}</p>}
        </div>
      )}
      {ordered.length === 0 && <p className="empty">{t('passages.empty')}</p>}
      <ol className="passage-list">
        {shown.slice(0, limit).map((passage) => (
          <PassageItem key={passage.id} passage={passage} number={blockById.get(passage.anchor.start.blockId)?.number} tags={tags} links={links} actions={actions} />
        ))}
      </ol>
      {shown.length > limit && (
        <button type="button" className="show-more" onClick={() => setLimit((n) => n + PAGE)}>
          {t('passages.showMore', { count: String(Math.min(PAGE, shown.length - limit)), rest: String(shown.length - limit) })}
        </button>
      )}
    </aside>
  );
}

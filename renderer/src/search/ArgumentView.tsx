// Argument retrieval: every passage of a tag and its sub-tags across the library, filtered, each with its pinpoint citation; export or compare from here.
import { useEffect, useMemo, useRef, useState } from 'react';
import { tagDisplayName } from '../../../shared/i18n/tagName';
import { formatPinpointCitation } from '../../../shared/legal/citation';
import type { DocumentKind, PassageRole, Stance } from '../../../shared/model';
import { courtsOf, type ArgumentFilter } from '../../../shared/search';
import { useCodebook } from '../codebook/useCodebook';
import { useI18n } from '../i18n/useI18n';
import { passageHref } from '../notes/passageLink';
import { searchHash } from './searchRoute';
import { useAllDocuments, useArgumentList } from './useArguments';

const KINDS: DocumentKind[] = ['ruling', 'article', 'statute', 'other'];
const ROLES: PassageRole[] = ['claimant', 'defence', 'reasoning', 'operative', 'commentary'];
const STANCES: Stance[] = ['accepted', 'rejected', 'undecided'];
/** Passages drawn at a time: a list of 10,000 is drawn as the reader scrolls, not at once. */
const PAGE_PASSAGES = 100;

export interface ArgumentViewProps {
  tagId: string | undefined;
  /** The export dialog's entry point; the passages listed, in the order shown. */
  /** Opens the export dialog on these passages; the label (the tag's name) titles the export. */
  onExport: (passageIds: string[], label: string) => void;
}

export function ArgumentView({ tagId, onExport }: ArgumentViewProps) {
  const { lang, t } = useI18n();
  const { tags, tree } = useCodebook();
  const allDocuments = useAllDocuments();
  const [filter, setFilter] = useState<ArgumentFilter>({});
  const courts = useMemo(() => courtsOf(allDocuments ?? []), [allDocuments]);
  const documents = useMemo(() => (allDocuments ? new Map(allDocuments.map((doc) => [doc.id, doc])) : undefined), [allDocuments]);
  const [limit, setLimit] = useState(PAGE_PASSAGES);
  useEffect(() => setLimit(PAGE_PASSAGES), [tagId, filter]);
  // Filtering and grouping 10,000 listed passages takes milliseconds; only the passages drawn have their quotes read.
  const list = useArgumentList(tagId, tags, documents, filter, limit);
  const groups = list?.groups ?? null;
  const passageIds = list?.passageIds ?? [];
  const shown = list?.shown ?? [];
  const details = list?.details;
  const hidden = groups ? passageIds.length - Math.min(limit, passageIds.length) : 0;
  // More passages are drawn when the end of the list comes into view.
  const sentinel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const element = sentinel.current;
    if (!element || hidden <= 0 || typeof IntersectionObserver !== 'function') return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setLimit((n) => n + PAGE_PASSAGES), { rootMargin: '600px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, [hidden]);
  const badDates = Boolean(filter.from && filter.to && filter.from > filter.to);
  const set = <K extends keyof ArgumentFilter>(key: K, value: ArgumentFilter[K] | '') =>
    setFilter((now) => {
      const next = { ...now };
      if (value) next[key] = value as ArgumentFilter[K];
      else delete next[key];
      return next;
    });
  const chosenTag = tags.find((tag) => tag.id === tagId);
  const tagLabel = chosenTag ? tagDisplayName(chosenTag, lang) : '';
  const pair = groups?.length === 2 ? groups.map((g) => g.document.id) : null;

  return (
    <section className="arguments" aria-label={t('search.tab.arguments')}>
      <div className="argument-filters">
        <label>
          {t('args.tag')}
          <select value={tagId ?? ''} onChange={(e) => (window.location.hash = searchHash({ tab: 'arguments', ...(e.target.value ? { tag: e.target.value } : {}) }))}>
            <option value="">{t('args.pickTag')}</option>
            {tree.map(({ tag, depth }) => (
              <option key={tag.id} value={tag.id}>
                {'\u2003'.repeat(depth)}
                {tagDisplayName(tag, lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('args.court')}
          <select value={filter.court ?? ''} onChange={(e) => set('court', e.target.value)}>
            <option value="">{t('args.anyCourt')}</option>
            {courts.map((court) => (
              <option key={court}>{court}</option>
            ))}
          </select>
        </label>
        <label>
          {t('args.from')}
          <input type="date" value={filter.from ?? ''} onChange={(e) => set('from', e.target.value)} />
        </label>
        <label>
          {t('args.to')}
          <input type="date" value={filter.to ?? ''} onChange={(e) => set('to', e.target.value)} />
        </label>
        <label>
          {t('args.kind')}
          <select value={filter.kind ?? ''} onChange={(e) => set('kind', e.target.value as DocumentKind | '')}>
            <option value="">{t('args.anyKind')}</option>
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kind.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('args.role')}
          <select value={filter.role ?? ''} onChange={(e) => set('role', e.target.value as PassageRole | '')}>
            <option value="">{t('args.anyRole')}</option>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`role.${role}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('args.stance')}
          <select value={filter.stance ?? ''} onChange={(e) => set('stance', e.target.value as Stance | '')}>
            <option value="">{t('args.anyStance')}</option>
            {STANCES.map((stance) => (
              <option key={stance} value={stance}>
                {t(`stance.${stance}`)}
              </option>
            ))}
          </select>
        </label>
        {Object.keys(filter).length > 0 && (
          <button type="button" onClick={() => setFilter({})}>
            {t('args.clear')}
          </button>
        )}
      </div>
      {tagId && <p className="search-help">{t('args.includesSubtags')}</p>}
      {badDates && <p role="alert" className="search-message">{t('args.badDates')}</p>}
      {!tagId ? (
        <p className="search-message">{t('args.noTag')}</p>
      ) : !groups ? (
        <p className="search-message" role="status" aria-busy="true">
          {t('args.listing')}
        </p>
      ) : groups.length === 0 ? (
        <p className="search-message" role="status">{t('args.none')}</p>
      ) : (
        <>
          <div className="argument-actions">
            <p className="search-count" role="status">
              {t('args.count', { passages: passageIds.length, documents: groups.length })}
            </p>
            <button type="button" onClick={() => onExport(passageIds, tagLabel)}>
              {t('args.export')}
            </button>
            <button type="button" disabled={!pair} title={pair ? undefined : t('args.compareHint')} onClick={() => pair && (window.location.hash = `#/compare/${encodeURIComponent(pair[0] as string)}/${encodeURIComponent(pair[1] as string)}`)}>
              {t('args.compare')}
            </button>
          </div>
          <ol className="search-documents">
            {shown.map(({ document, passages }) => (
              <li key={document.id} className="search-document">
                <h3>
                  <a href={`#/doc/${encodeURIComponent(document.id)}`}>{document.title}</a>
                </h3>
                <ul className="search-hits">
                  {passages.map(({ id }) => {
                    const passage = details?.passages.get(id);
                    return (
                      passage && (
                        <li key={id}>
                          <a className="search-hit-link" href={passageHref(document.id, id)} title={t('args.open')}>
                            <span className="argument-quote">« {passage.anchor.quote.exact} »</span>
                            <span className="citation">{formatPinpointCitation(document, details?.numbers.get(passage.anchor.start.blockId), lang)}</span>
                            {(passage.role || passage.stance) && (
                              <span className="argument-meta">{[passage.role && t(`role.${passage.role}`), passage.stance && t(`stance.${passage.stance}`)].filter(Boolean).join(' · ')}</span>
                            )}
                          </a>
                        </li>
                      )
                    );
                  })}
                </ul>
              </li>
            ))}
          </ol>
          {hidden > 0 && (
            <button ref={sentinel} type="button" className="argument-more" onClick={() => setLimit((n) => n + PAGE_PASSAGES)}>
              {t('args.more', { count: hidden })}
            </button>
          )}
        </>
      )}
    </section>
  );
}

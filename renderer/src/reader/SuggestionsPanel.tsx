// Tag suggestions from the offline lexicon, for the selection or the whole document: nothing is applied until accepted.
import { useMemo, useState } from 'react';
import type { Annotation, Block, BlockPoint, Tag } from '../../../shared/model';
import { tagPassage } from '../../../shared/codebook/passageOps';
import { matchTags } from '../../../shared/codebook/lexicon';
import { suggestForDocument, type Suggestion } from '../../../shared/codebook/suggest';
import type { Change } from '../../../shared/codebook/change';
import { applyToRows, compactChange } from '../../../shared/codebook/change';
import { tagDisplayName } from '../../../shared/i18n';
import { useHistory } from '../codebook/history';
import { useI18n } from '../i18n/useI18n';
import { useNotices } from '../ui/notices';
import type { SelectedRange } from './plugins/SelectionToPassagePlugin';

interface Props {
  blocks: readonly Block[];
  passages: readonly Annotation[];
  tags: readonly Tag[];
  range: SelectedRange | null;
  draftFor: (start: BlockPoint, end: BlockPoint) => Annotation | null;
  onClose: () => void;
}

export function SuggestionsPanel({ blocks, passages, tags, range, draftFor, onClose }: Props) {
  const { lang, t } = useI18n();
  const { notify } = useNotices();
  const { perform } = useHistory();
  const [handled, setHandled] = useState<Set<string>>(new Set());

  const all = useMemo<Suggestion[]>(() => {
    if (range) {
      const draft = draftFor(range.start, range.end);
      if (!draft) return [];
      return matchTags(draft.anchor.quote.exact, tags).map((m) => ({
        key: `selection:${m.tagId}`,
        tagId: m.tagId,
        words: m.words,
        start: draft.anchor.start,
        end: draft.anchor.end,
        exact: draft.anchor.quote.exact,
      }));
    }
    return suggestForDocument(blocks, tags);
  }, [blocks, draftFor, range, tags]);
  const drafts = useMemo(() => new Map(all.map((s) => [s.key, draftFor(s.start, s.end)] as const)), [all, draftFor]);
  // A suggestion the passages already carry is not news.
  const open = all.filter((s) => {
    const draft = drafts.get(s.key);
    return !handled.has(s.key) && draft ? !tagPassage(passages, draft, s.tagId).already : false;
  });

  const accept = async (list: readonly Suggestion[]) => {
    // Accepting several is one step in the history: one Ctrl+Z takes them all back.
    let rows = [...passages];
    const change: Change = { kind: 'acceptSuggestions', tags: [], annotations: [] };
    for (const s of list) {
      const draft = drafts.get(s.key);
      if (!draft) continue;
      const step = tagPassage(rows, draft, s.tagId).change;
      rows = applyToRows(rows, step.annotations);
      change.annotations.push(...step.annotations);
    }
    await perform(compactChange(change));
    setHandled((set) => new Set([...set, ...list.map((s) => s.key)]));
    notify('success', t('suggest.accepted', { count: String(list.length) }));
  };

  const byId = new Map(tags.map((tag) => [tag.id, tag] as const));
  return (
    <section className="suggestions" aria-labelledby="suggestions-title">
      <div className="suggestions-head">
        <h2 id="suggestions-title">{range ? t('suggest.titleSelection') : t('suggest.titleDocument')}</h2>
        <button type="button" onClick={onClose} aria-label={t('suggest.close')} title={t('suggest.close')}>
          ×
        </button>
      </div>
      {open.length === 0 && <p className="empty">{t('suggest.none')}</p>}
      {open.length > 1 && (
        <button type="button" className="primary" onClick={() => void accept(open)}>
          {t('suggest.acceptAll', { count: String(open.length) })}
        </button>
      )}
      <ol className="suggestion-list">
        {open.map((s) => {
          const tag = byId.get(s.tagId);
          if (!tag) return null;
          const name = tagDisplayName(tag, lang);
          return (
            <li key={s.key} className="suggestion-item" data-tag-id={s.tagId}>
              <span className="tag-chip">
                <span className="tag-swatch" style={{ background: tag.color }} aria-hidden="true" />
                {name}
              </span>
              <q className="passage-quote">{s.exact}</q>
              <span className="suggestion-words">{t('suggest.because', { words: s.words.join(', ') })}</span>
              <span className="row-actions">
                <button type="button" onClick={() => void accept([s])} aria-label={t('suggest.acceptLabel', { tag: name })}>
                  {t('suggest.accept')}
                </button>
                <button type="button" onClick={() => setHandled((set) => new Set([...set, s.key]))} aria-label={t('suggest.dismissLabel', { tag: name })}>
                  {t('suggest.dismiss')}
                </button>
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

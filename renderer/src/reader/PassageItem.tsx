// One passage in the side panel: its tags (remove, change, add), its quote (click to show), role, stance and note.
import { memo } from 'react';
import type { Annotation, PassageRole, Stance, Tag } from '../../../shared/model';
import { tagDisplayName } from '../../../shared/i18n';
import { useI18n } from '../i18n/useI18n';
import { PassageNote } from '../notes/PassageNote';
import { TagPicker } from './TagPicker';
import type { LinkTarget } from '../notes/NoteToolbar';

export const ROLES: readonly PassageRole[] = ['claimant', 'defence', 'reasoning', 'operative', 'commentary'];
export const STANCES: readonly Stance[] = ['accepted', 'rejected', 'undecided'];

export interface PassageActions {
  onShow: (passageId: string) => void;
  onRemove: (passage: Annotation) => void;
  onUntag: (passage: Annotation, tagId: string) => void;
  onRetag: (passage: Annotation, fromId: string, toId: string) => void;
  onAddTag: (passage: Annotation, tagId: string) => void;
  onEdit: (passage: Annotation, edit: { role?: PassageRole; stance?: Stance }) => void;
  /** Copies the quote with its pinpoint citation, as plain text and HTML. */
  onCopy: (passage: Annotation) => void;
}

const excerpt = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export const PassageItem = memo(function PassageItem({ passage, number, tags, links, actions }: { passage: Annotation; number?: string; tags: readonly Tag[]; links: readonly LinkTarget[]; actions: PassageActions }) {
  const { lang, t } = useI18n();
  const byId = new Map(tags.map((tag) => [tag.id, tag] as const));
  const quote = excerpt(passage.anchor.quote.exact);
  const others = tags.filter((tag) => !passage.tagIds.includes(tag.id));
  return (
    <li className="passage-item" data-passage-id={passage.id}>
      <div className="passage-head">
        <span className="passage-tags">
          {passage.tagIds.map((id) => {
            const tag = byId.get(id);
            if (!tag) return null;
            const name = tagDisplayName(tag, lang);
            return (
              <span key={id} className="tag-chip-group">
                <span className="tag-chip">
                  <span className="tag-swatch" style={{ background: tag.color }} aria-hidden="true" />
                  {name}
                </span>
                <TagPicker className="chip-retag" symbol="⇄" label={t('passages.retag', { tag: name })} options={others} onPick={(to) => actions.onRetag(passage, id, to)} />
                <button type="button" className="chip-remove" onClick={() => actions.onUntag(passage, id)} aria-label={t('passages.untag', { tag: name })} title={t('passages.untag', { tag: name })}>
                  ×
                </button>
              </span>
            );
          })}
          <TagPicker className="chip-add" symbol="+" label={t('passages.addTag')} options={others} onPick={(tagId) => actions.onAddTag(passage, tagId)} />
          {number && <span className="passage-number">{t('passages.paragraph', { number })}</span>}
        </span>
        <button type="button" className="passage-remove" onClick={() => actions.onRemove(passage)} aria-label={t('passages.removeLabel', { quote })} title={t('passages.remove')}>
          ×
        </button>
      </div>
      <button type="button" className="passage-show" onClick={() => actions.onShow(passage.id)} title={t('passages.goTo')}>
        <q className="passage-quote">{passage.anchor.quote.exact}</q>
      </button>
      <div className="passage-meta">
        <select value={passage.role ?? ''} onChange={(e) => actions.onEdit(passage, { role: (e.target.value || undefined) as PassageRole | undefined })} aria-label={t('role.label')}>
            <option value="">{t('role.none')}</option>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`role.${role}`)}
              </option>
            ))}
          </select>
          <select value={passage.stance ?? 'undecided'} onChange={(e) => actions.onEdit(passage, { stance: e.target.value as Stance })} aria-label={t('stance.label')}>
            {STANCES.map((stance) => (
              <option key={stance} value={stance}>
                {t(`stance.${stance}`)}
              </option>
            ))}
          </select>
          <button type="button" className="passage-copy" onClick={() => actions.onCopy(passage)} aria-label={t('copy.passageLabel', { quote })} title={t('copy.passageLabel', { quote })}>
            {t('copy.passage')}
          </button>
      </div>
      <PassageNote passage={passage} quote={quote} links={links} />
    </li>
  );
});

// Hovering a highlight shows its passages' tags and notes in a tooltip the mark points to (aria-describedby).
import { useEffect, useState } from 'react';
import type { Annotation, Tag } from '../../../shared/model';
import { tagDisplayName } from '../../../shared/i18n';
import { useI18n } from '../i18n/useI18n';

const TOOLTIP_ID = 'passage-hover-card';

export function PassageHoverCard({ passages, tags }: { passages: readonly Annotation[]; tags: readonly Tag[] }) {
  const { lang, t } = useI18n();
  const [hover, setHover] = useState<{ ids: string[]; x: number; y: number } | null>(null);

  useEffect(() => {
    let current: HTMLElement | null = null;
    const over = (event: MouseEvent) => {
      const mark = event.target instanceof Element ? event.target.closest<HTMLElement>('.reader-text mark[data-passage-ids]') : null;
      if (mark === current) return;
      current?.removeAttribute('aria-describedby');
      current = mark;
      if (!mark) {
        setHover(null);
        return;
      }
      mark.setAttribute('aria-describedby', TOOLTIP_ID);
      const rect = mark.getBoundingClientRect();
      setHover({ ids: (mark.dataset.passageIds ?? '').split(' ').filter(Boolean), x: rect.left, y: rect.bottom + 6 });
    };
    const hide = (event: KeyboardEvent) => event.key === 'Escape' && setHover(null);
    document.addEventListener('mouseover', over);
    document.addEventListener('keydown', hide);
    return () => {
      document.removeEventListener('mouseover', over);
      document.removeEventListener('keydown', hide);
      current?.removeAttribute('aria-describedby');
    };
  }, []);

  if (!hover) return null;
  const byId = new Map(tags.map((tag) => [tag.id, tag] as const));
  const shown = passages.filter((p) => hover.ids.includes(p.id));
  if (shown.length === 0) return null;
  return (
    <div id={TOOLTIP_ID} role="tooltip" className="hover-card" style={{ left: Math.min(hover.x, window.innerWidth - 340), top: Math.min(hover.y, window.innerHeight - 120) }}>
      {shown.map((p) => (
        <div key={p.id} className="hover-passage">
          <p className="hover-tags">
            {p.tagIds.map((id) => {
              const tag = byId.get(id);
              return tag ? (
                <span key={id} className="tag-chip">
                  <span className="tag-swatch" style={{ background: tag.color }} aria-hidden="true" />
                  {tagDisplayName(tag, lang)}
                </span>
              ) : null;
            })}
            {p.stance && p.stance !== 'undecided' && <span className="hover-stance">{t(`stance.${p.stance}`)}</span>}
          </p>
          {p.note?.trim() && <p className="hover-note">{p.note.trim().slice(0, 280)}</p>}
        </div>
      ))}
    </div>
  );
}

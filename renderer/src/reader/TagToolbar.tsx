// The tagging toolbar: one button per tag with its colour and shortcut key.
import type { Tag } from '../../../shared/model';
import { tagDisplayName } from '../../../shared/i18n';
import { useI18n } from '../i18n/useI18n';

export function TagToolbar({ tags, onTag }: { tags: readonly Tag[]; onTag: (tag: Tag) => void }) {
  const { lang, t } = useI18n();
  return (
    <div className="tag-toolbar" role="toolbar" aria-label={t('reader.toolbar.label')}>
      {tags.map((tag) => {
        const name = tagDisplayName(tag, lang);
        return (
          <button
            key={tag.id}
            type="button"
            className="tag-button"
            // Keep the text selection: a button press must not clear what the user selected.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onTag(tag)}
            title={tag.shortcut ? t('reader.toolbar.tagWith', { tag: name, key: tag.shortcut }) : name}
            data-tag-id={tag.id}
          >
            <span className="tag-swatch" style={{ background: tag.color }} aria-hidden="true" />
            <span>{name}</span>
            {tag.shortcut && (
              <kbd className="tag-key" aria-hidden="true">
                {tag.shortcut}
              </kbd>
            )}
          </button>
        );
      })}
    </div>
  );
}

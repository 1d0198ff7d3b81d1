// The note's toolbar: bold, italic, bulleted and numbered lists, and a link to another passage of the document.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import { TOGGLE_LINK_COMMAND } from '@lexical/link';
import { $createTextNode, $getSelection, $isRangeSelection, FORMAT_TEXT_COMMAND } from 'lexical';
import { useI18n } from '../i18n/useI18n';

export interface LinkTarget {
  href: string;
  label: string;
}

export function NoteToolbar({ links }: { links: readonly LinkTarget[] }) {
  const [editor] = useLexicalComposerContext();
  const { t } = useI18n();
  const keep = (e: { preventDefault: () => void }) => e.preventDefault();

  const linkTo = (target: LinkTarget) => {
    editor.update(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return;
      // With nothing selected, the passage's words become the link text.
      if (selection.isCollapsed()) {
        const text = $createTextNode(target.label);
        selection.insertNodes([text]);
        text.select(0, target.label.length);
      }
    });
    editor.dispatchCommand(TOGGLE_LINK_COMMAND, target.href);
  };

  return (
    <div className="note-toolbar" role="toolbar" aria-label={t('notes.toolbar')}>
      <button type="button" onMouseDown={keep} onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')} aria-label={t('notes.bold')} title={t('notes.bold')}>
        <b>B</b>
      </button>
      <button type="button" onMouseDown={keep} onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')} aria-label={t('notes.italic')} title={t('notes.italic')}>
        <i>I</i>
      </button>
      <button type="button" onMouseDown={keep} onClick={() => editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined)} aria-label={t('notes.bullets')} title={t('notes.bullets')}>
        •
      </button>
      <button type="button" onMouseDown={keep} onClick={() => editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined)} aria-label={t('notes.numbers')} title={t('notes.numbers')}>
        1.
      </button>
      {links.length > 0 && (
        <select
          value=""
          aria-label={t('notes.linkTo')}
          onChange={(e) => {
            const target = links.find((l) => l.href === e.target.value);
            if (target) linkTo(target);
          }}
        >
          <option value="">{t('notes.linkTo')}</option>
          {links.map((l) => (
            <option key={l.href} value={l.href}>
              {l.label}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}

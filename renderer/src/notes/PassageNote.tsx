// A passage's note in the side panel: a preview when closed, the rich-text editor when opened; saved as typed.
import { useCallback, useState } from 'react';
import type { Annotation } from '../../../shared/model';
import { db } from '../db/database';
import { useI18n } from '../i18n/useI18n';
import { NoteEditor } from './NoteEditor';
import type { LinkTarget } from './NoteToolbar';

export function PassageNote({ passage, quote, links }: { passage: Annotation; quote: string; links: readonly LinkTarget[] }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  // Notes are saved straight to the passage, outside the undo history: the editor has its own undo (Ctrl+Z inside it).
  const save = useCallback(
    (state: string, text: string) => {
      void db.annotations.update(passage.id, { noteState: state, note: text, updatedAt: Date.now() });
    },
    [passage.id],
  );
  return (
    <details className="passage-note" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {t('passages.note')}
        {!open && passage.note?.trim() && <span className="note-preview"> — {passage.note.trim().slice(0, 80)}</span>}
      </summary>
      {open && <NoteEditor label={t('notes.passageLabel', { quote })} initialState={passage.noteState} links={links.filter((l) => !l.href.endsWith(`/p/${encodeURIComponent(passage.id)}`))} onSave={save} />}
    </details>
  );
}

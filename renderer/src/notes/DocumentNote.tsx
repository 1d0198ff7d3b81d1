// The note on the whole document, above the text: rich text, saved as typed into the document row.
import { useCallback, useState } from 'react';
import type { GloseDocument } from '../../../shared/model';
import { db } from '../db/database';
import { useI18n } from '../i18n/useI18n';
import { NoteEditor } from './NoteEditor';
import type { LinkTarget } from './NoteToolbar';

export function DocumentNote({ document, links }: { document: GloseDocument; links: readonly LinkTarget[] }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(Boolean(document.note?.trim()));
  const save = useCallback(
    (state: string, text: string) => {
      void db.documents.update(document.id, { noteState: state, note: text });
    },
    [document.id],
  );
  return (
    <details className="document-note" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('notes.documentSummary')}</summary>
      {open && <NoteEditor label={t('notes.documentLabel')} initialState={document.noteState} links={links} onSave={save} />}
    </details>
  );
}

// A dialog to paste a text from the clipboard, with an optional title, and import it like a .txt file.
import { useState } from 'react';
import { pastedTextFile } from '../../../shared/import/paste';
import type { PickedFile } from '../../../shared/ipc';
import { useI18n } from '../i18n/useI18n';
import { ModalDialog } from '../ui/ModalDialog';

export function PasteDialog({ onImport, onClose }: { onImport: (file: PickedFile, title: string) => void; onClose: () => void }) {
  const { t } = useI18n();
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  return (
    <ModalDialog className="dialog paste-dialog" labelledBy="paste-heading" onCancel={onClose}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          const source = pastedTextFile(text, title || t('paste.defaultName'));
          onImport({ name: source.name, size: source.bytes.length, bytes: source.bytes }, title);
        }}
      >
        <h2 id="paste-heading">{t('paste.heading')}</h2>
        <label className="field">
          <span>{t('paste.titleLabel')}</span>
          <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('paste.textLabel')}</span>
          <textarea value={text} onChange={(e) => setText(e.target.value)} rows={14} autoFocus />
        </label>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('paste.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('paste.import')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

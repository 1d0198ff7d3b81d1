// A dialog to paste a text from the clipboard, with an optional title, and import it like a .txt file.
import { useEffect, useRef, useState } from 'react';
import { pastedTextFile } from '../../../shared/import/paste';
import type { PickedFile } from '../../../shared/ipc';
import { useI18n } from '../i18n/useI18n';

export function PasteDialog({ onImport, onClose }: { onImport: (file: PickedFile, title: string) => void; onClose: () => void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog paste-dialog"
      aria-labelledby="paste-heading"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
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
    </dialog>
  );
}

// Accepts files dropped anywhere on the library view and hands them to the importer.
import { useState, type ReactNode } from 'react';
import { readPickedFile } from '../platform';
import { useI18n } from '../i18n/useI18n';
import type { LazyFile } from './useImport';

export function DropZone({ onFiles, children }: { onFiles: (files: LazyFile[]) => void; children: ReactNode }) {
  const { t } = useI18n();
  const [over, setOver] = useState(false);
  const hasFiles = (e: React.DragEvent) => Array.from(e.dataTransfer.types).includes('Files');
  return (
    <div
      className={`drop-zone${over ? ' drop-zone-over' : ''}`}
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setOver(false);
        // Each file is read when its turn comes, not all at once.
        onFiles(Array.from(e.dataTransfer.files, (file) => ({ name: file.name, load: () => readPickedFile(file) })));
      }}
    >
      {children}
      <p className="drop-hint" aria-hidden={!over}>
        {t('library.dropHint')}
      </p>
    </div>
  );
}

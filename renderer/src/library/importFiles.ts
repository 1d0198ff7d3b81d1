// Turns picked or dropped files into library documents, one transaction each, with a clear message per failure.
import { MAX_IMPORT_BYTES, type PickedFile } from '../../../shared/ipc';
import { translate, type Lang } from '../../../shared/i18n';
import { ImportError, buildLibraryRecords, importSource, type ImportHooks } from '../../../shared/import';
import { addDocument } from '../db/documents';
import { db } from '../db/database';
import { newId } from '../db/ids';
import { createTesseractOcr } from './ocr/tesseractOcr';
import { pdfjsHost } from './pdf/pdfjsHost';

export type ImportOutcome =
  | { status: 'imported'; docId: string; message: string }
  | { status: 'duplicate'; docId: string; message: string }
  | { status: 'failed'; message: string }
  | { status: 'cancelled'; message: string };

function formatSize(bytes: number, lang: Lang): string {
  const mb = bytes / (1024 * 1024);
  return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(mb)} ${lang === 'fr' ? 'Mo' : 'MB'}`;
}

function failure(lang: Lang, error: unknown, name: string): ImportOutcome {
  if (error instanceof ImportError && error.code === 'cancelled') {
    return { status: 'cancelled', message: translate(lang, 'import.error.cancelled', { name }) };
  }
  if (error instanceof ImportError) {
    const params = { name, size: '', max: formatSize(MAX_IMPORT_BYTES, lang) };
    return { status: 'failed', message: translate(lang, `import.error.${error.code}`, params) };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { status: 'failed', message: translate(lang, 'import.error.unknown', { name, detail }) };
}

/**
 * Imports one file. `hooks` carry the password prompt, the progress display and the cancel
 * button of the library view; PDFs are read with pdf.js, and pages without text by OCR.
 */
export async function importPickedFile(file: PickedFile, lang: Lang, hooks: ImportHooks = {}): Promise<ImportOutcome> {
  // Refuse oversized files before reading or parsing anything.
  if (file.bytes === null || file.size > MAX_IMPORT_BYTES) {
    const params = { name: file.name, size: formatSize(file.size, lang), max: formatSize(MAX_IMPORT_BYTES, lang) };
    return { status: 'failed', message: translate(lang, 'import.error.tooLarge', params) };
  }
  const ocr = createTesseractOcr();
  try {
    const imported = await importSource({ name: file.name, bytes: file.bytes }, { window, pdf: pdfjsHost, ocr, ...hooks });
    const { document, blocks } = await buildLibraryRecords(imported, { fileName: file.name, now: Date.now(), newId });
    const existing = await db.documents.where('contentHash').equals(document.contentHash).first();
    if (existing) {
      return {
        status: 'duplicate',
        docId: existing.id,
        message: translate(lang, 'import.duplicate', { name: file.name, title: existing.title }),
      };
    }
    // A cancel that comes as the last page finishes still means "do not add it".
    if (hooks.signal?.aborted) throw new ImportError('cancelled', file.name);
    await addDocument(document, blocks);
    return { status: 'imported', docId: document.id, message: translate(lang, 'library.imported', { title: document.title }) };
  } catch (error) {
    return failure(lang, error, file.name);
  } finally {
    void ocr.dispose();
  }
}

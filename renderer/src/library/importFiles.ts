// Turns picked or dropped files into library documents, one transaction each, with a clear message per failure.
import { MAX_IMPORT_BYTES, type PickedFile } from '../../../shared/ipc';
import { translate, type Lang } from '../../../shared/i18n';
import { ImportError, buildLibraryRecords, importSource } from '../../../shared/import';
import { addDocument } from '../db/documents';
import { db } from '../db/database';
import { newId } from '../db/ids';

export type ImportOutcome =
  | { status: 'imported'; docId: string; message: string }
  | { status: 'duplicate'; docId: string; message: string }
  | { status: 'failed'; message: string };

function formatSize(bytes: number, lang: Lang): string {
  const mb = bytes / (1024 * 1024);
  return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(mb)} ${lang === 'fr' ? 'Mo' : 'MB'}`;
}

function failure(lang: Lang, error: unknown, name: string): ImportOutcome {
  if (error instanceof ImportError) {
    const params = { name, size: '', max: formatSize(MAX_IMPORT_BYTES, lang) };
    return { status: 'failed', message: translate(lang, `import.error.${error.code}`, params) };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { status: 'failed', message: translate(lang, 'import.error.unknown', { name, detail }) };
}

export async function importPickedFile(file: PickedFile, lang: Lang): Promise<ImportOutcome> {
  // Refuse oversized files before reading or parsing anything.
  if (file.bytes === null || file.size > MAX_IMPORT_BYTES) {
    const params = { name: file.name, size: formatSize(file.size, lang), max: formatSize(MAX_IMPORT_BYTES, lang) };
    return { status: 'failed', message: translate(lang, 'import.error.tooLarge', params) };
  }
  try {
    const imported = importSource({ name: file.name, bytes: file.bytes }, { window });
    const { document, blocks } = await buildLibraryRecords(imported, { fileName: file.name, now: Date.now(), newId });
    const existing = await db.documents.where('contentHash').equals(document.contentHash).first();
    if (existing) {
      return {
        status: 'duplicate',
        docId: existing.id,
        message: translate(lang, 'import.duplicate', { name: file.name, title: existing.title }),
      };
    }
    await addDocument(document, blocks);
    return { status: 'imported', docId: document.id, message: translate(lang, 'library.imported', { title: document.title }) };
  } catch (error) {
    return failure(lang, error, file.name);
  }
}

// Turns picked, dropped or pasted files into library documents, one transaction each, with a clear outcome per file.
import { MAX_IMPORT_BYTES, type PickedFile } from '../../../shared/ipc';
import { translate, type Lang } from '../../../shared/i18n';
import { ImportError, buildLibraryRecords, findSameDocument, importSource, type ImportHooks, type SameDocumentReason } from '../../../shared/import';
import type { GloseDocument } from '../../../shared/model';
import { addDocument } from '../db/documents';
import { db } from '../db/database';
import { newId } from '../db/ids';
import { replaceDocumentVersion } from '../db/versions';
import { createTesseractOcr } from './ocr/tesseractOcr';
import { pdfjsHost } from './pdf/pdfjsHost';

export type ImportOutcome =
  | { status: 'imported'; docId: string; message: string }
  | { status: 'version'; docId: string; message: string }
  /** `sameText`: the file's text is exactly this document's (a system file opened again: nothing was asked). */
  | { status: 'skipped'; docId: string; message: string; sameText?: boolean }
  | { status: 'failed'; message: string }
  | { status: 'cancelled'; message: string };

export type ConflictChoice = 'skip' | 'newVersion' | 'separate';

/** What the user is asked when an imported file looks like a document already in the library. */
export interface ConflictQuestion {
  fileName: string;
  existing: GloseDocument;
  reason: SameDocumentReason;
}

export interface ImportOptions {
  lang: Lang;
  /** Asks the user; without it, a file that matches a library document is skipped. */
  resolveConflict?: (question: ConflictQuestion) => Promise<ConflictChoice>;
  /** A title the user typed (pasted text); wins over the detected one. */
  title?: string;
  /** The library view's password prompt, progress display and cancel button, for PDFs and scans. */
  hooks?: ImportHooks;
  /**
   * A file whose text is already in the library is that document: no question, it is skipped as
   * `sameText` for the caller to open. For files the OS hands over (Recent documents, Open with).
   */
  openSameText?: boolean;
}

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
 * Imports one file. Everything that can fail (reading, parsing, the legal pass) happens before
 * the one write, so a failure leaves the library as it was. When the file matches a document
 * already there (same text, ECLI, case number or title), the user chooses: skip it, make it a
 * new version of that document (passages re-anchored), or keep both. PDFs are read with pdf.js,
 * and pages without text by OCR.
 */
export async function importPickedFile(file: PickedFile, options: ImportOptions): Promise<ImportOutcome> {
  const { lang, hooks = {} } = options;
  // Refuse oversized files before reading or parsing anything.
  if (file.bytes === null || file.size > MAX_IMPORT_BYTES) {
    const params = { name: file.name, size: formatSize(file.size, lang), max: formatSize(MAX_IMPORT_BYTES, lang) };
    return { status: 'failed', message: translate(lang, 'import.error.tooLarge', params) };
  }
  const ocr = createTesseractOcr();
  try {
    const imported = await importSource({ name: file.name, bytes: file.bytes }, { window, pdf: pdfjsHost, ocr, ...hooks });
    if (options.title?.trim()) imported.meta.title = options.title.trim();
    const now = Date.now();
    const { document, blocks } = await buildLibraryRecords(imported, { fileName: file.name, now, newId });
    // A cancel that comes as the last page finishes still means "do not add it".
    if (hooks.signal?.aborted) throw new ImportError('cancelled', file.name);
    const same = findSameDocument(document, await db.documents.toArray());
    if (same?.reason === 'sameText' && options.openSameText) {
      return { status: 'skipped', docId: same.document.id, sameText: true, message: translate(lang, 'systemFiles.opened', { name: file.name, title: same.document.title }) };
    }
    const choice = same ? await (options.resolveConflict?.({ fileName: file.name, existing: same.document, reason: same.reason }) ?? 'skip') : 'separate';
    if (same && choice === 'skip') {
      return {
        status: 'skipped',
        docId: same.document.id,
        message: translate(lang, same.reason === 'sameText' ? 'import.duplicate' : 'import.skipped', { name: file.name, title: same.document.title }),
      };
    }
    if (same && choice === 'newVersion') {
      const result = await replaceDocumentVersion(same.document.id, document, blocks, now);
      const params = {
        title: result.document.title,
        version: String(result.document.version ?? 2),
        anchored: String(result.anchored),
        drifted: String(result.drifted),
        orphan: String(result.orphan),
      };
      return { status: 'version', docId: result.document.id, message: translate(lang, 'import.versioned', params) };
    }
    await addDocument(document, blocks);
    return { status: 'imported', docId: document.id, message: translate(lang, 'library.imported', { title: document.title }) };
  } catch (error) {
    return failure(lang, error, file.name);
  } finally {
    void ocr.dispose();
  }
}

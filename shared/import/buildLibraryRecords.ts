// Turns an ImportedDocument into the rows the library stores: ids, order, word count, content hash.
import type { Block, GloseDocument, ImportedDocument } from '../model';
import { fileExtension } from './detectFormat';

export interface LibraryRecordOptions {
  fileName: string;
  /** Epoch milliseconds of the import. */
  now: number;
  newId: () => string;
}

/**
 * Builds the document row and its block rows. Texts are NFC-normalised again (an importer
 * may have skipped it; the canonical text must be NFC, see DESIGN.md §3). The hash is SHA-256
 * of the blocks' texts joined by `\n`, the same text anchoring offsets count in, so two
 * imports of the same text have the same hash whatever the file's format.
 */
export async function buildLibraryRecords(
  imported: ImportedDocument,
  opts: LibraryRecordOptions,
): Promise<{ document: GloseDocument; blocks: Block[] }> {
  const docId = opts.newId();
  const blocks: Block[] = imported.blocks.map((draft, order) => {
    const block: Block = { id: opts.newId(), docId, order, type: draft.type, text: draft.text.normalize('NFC') };
    if (draft.level !== undefined) block.level = draft.level;
    if (draft.number !== undefined) block.number = draft.number;
    if (draft.section !== undefined) block.section = draft.section;
    if (draft.page !== undefined) block.page = draft.page;
    if (draft.ocrConfidence !== undefined) block.ocrConfidence = draft.ocrConfidence;
    return block;
  });

  const canonical = blocks.map((block) => block.text).join('\n');
  const { meta } = imported;
  const document: GloseDocument = {
    id: docId,
    title: meta.title?.trim() || titleFromFileName(opts.fileName),
    kind: meta.kind ?? 'other',
    sourceFileName: opts.fileName,
    sourceFormat: imported.sourceFormat,
    // `und` is BCP 47 for "undetermined": the text was too short or mixed to tell.
    language: meta.language ?? 'und',
    wordCount: countWords(canonical),
    importedAt: opts.now,
    contentHash: await sha256Hex(canonical),
  };
  // Only the fields that were found: Dexie rows without `undefined` keys stay small and clean.
  for (const key of ['court', 'formation', 'date', 'caseNumber', 'ecli', 'parties', 'author', 'decisionKind', 'publication'] as const) {
    const value = meta[key];
    // Each key copies its own type; TypeScript cannot pair them through the loop variable.
    if (value) (document as unknown as Record<string, unknown>)[key] = value;
  }
  return { document, blocks };
}

/** `ce-ordonnance-health-data.txt` → `ce-ordonnance-health-data`; a path's folders are dropped. */
export function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const extension = fileExtension(base);
  const title = extension ? base.slice(0, -(extension.length + 1)) : base;
  return title.trim() || base;
}

/**
 * Words as a word processor counts them: runs of non-space characters with a letter or digit
 * (`l'article` is one word, `–` none).
 */
export function countWords(text: string): number {
  return text.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

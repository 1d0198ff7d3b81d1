// Text pasted from the clipboard → a source file the text importer reads like any .txt.
import type { SourceFile } from './importSource';

/**
 * Turns pasted text and the title the user typed into a SourceFile, so pasted text goes through
 * the same checks, decoding and legal pass as an imported `.txt` (one path, one behaviour). The
 * file name is the title, made safe for export file names, with `.txt`.
 */
export function pastedTextFile(text: string, title: string): SourceFile {
  const safe = title.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').replace(/\s+/gu, ' ').trim().slice(0, 120);
  return { name: `${safe || 'texte-colle'}.txt`, bytes: new TextEncoder().encode(text) };
}

// One file in, one ImportedDocument out: checks, decoding, the format's importer, then the legal pass.
import { MAX_IMPORT_BYTES } from '../ipc';
import type { ImportedDocument, SourceFormat } from '../model';
import { applyLegalStructure } from '../legal/applyLegalStructure';
import { decodeText } from './decodeText';
import { detectFormat } from './detectFormat';
import { importDocx } from './docx';
import { ImportError } from './errors';
import { importHtml, type ImportEnvironment } from './html';
import { importImage } from './image/importImage';
import { importMarkdown } from './markdown';
import { hasVisibleText } from './normalizeText';
import { importOdt } from './odt';
import { importPdf, type PdfImportEnvironment } from './pdf/importPdf';
import { looksBinary } from './sniffBytes';
import { importText } from './text';

export interface SourceFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * What an importer may use from its host: a DOM window for HTML and OpenDocument XML; pdf.js,
 * an OCR engine, a password prompt, progress and cancellation for PDFs and scans.
 */
export type SourceEnvironment = ImportEnvironment & PdfImportEnvironment;

type Importer = (file: SourceFile, env: SourceEnvironment) => ImportedDocument | Promise<ImportedDocument>;

/** A text format: refused when the bytes are binary, decoded, refused when only blank space is left. */
function textual(read: (text: string, env: ImportEnvironment) => ImportedDocument): Importer {
  return ({ name, bytes }, env) => {
    if (looksBinary(bytes)) throw new ImportError('binary', name);
    const { text } = decodeText(bytes);
    if (!hasVisibleText(text)) throw new ImportError('empty', name);
    return read(text, env);
  };
}

const IMPORTERS: Readonly<Record<SourceFormat, Importer>> = {
  text: textual((text) => importText(text)),
  markdown: textual((text) => importMarkdown(text)),
  html: textual((text, env) => importHtml(text, env)),
  // Archives check their own structure (zip bombs, damage) and report `corrupt` or `zipBomb`.
  docx: ({ name, bytes }) => importDocx(bytes, name),
  odt: ({ name, bytes }, env) => importOdt(bytes, name, env),
  pdf: ({ name, bytes }, env) => importPdf(bytes, name, env),
  image: ({ name, bytes }, env) => importImage(bytes, name, env),
};

/** Word-processor formats, whose first heading is the best title when the document is no ruling. */
const WORD_PROCESSOR: ReadonlySet<SourceFormat> = new Set(['docx', 'odt']);

/**
 * Reads a file into an ImportedDocument, or throws an ImportError whose code says what is
 * wrong, checked cheapest first: too large, empty, not a format Glose reads, binary data in a
 * text file, only blank space, no text left once the markup is gone; for archives damaged or
 * zip bombs; for PDFs and scans also damaged, encrypted or cancelled. Nothing is stored here.
 */
export async function importSource(file: SourceFile, env: SourceEnvironment): Promise<ImportedDocument> {
  const { name, bytes } = file;
  // The renderer refuses large files before reading them; this guards every other caller.
  if (bytes.length > MAX_IMPORT_BYTES) throw new ImportError('tooLarge', name, `${bytes.length} bytes`);
  // An empty file is reported as empty whatever its name: that is the more useful message.
  if (bytes.length === 0) throw new ImportError('empty', name);
  const format = detectFormat(name, bytes);
  if (!format) throw new ImportError('unsupported', name);

  const imported = await IMPORTERS[format](file, env);
  if (imported.blocks.length === 0) throw new ImportError('noText', name);
  const structured = applyLegalStructure(imported);
  if (!structured.meta.title && WORD_PROCESSOR.has(format)) {
    const heading = structured.blocks.find((block) => block.type === 'heading');
    if (heading) structured.meta.title = heading.text;
  }
  return structured;
}

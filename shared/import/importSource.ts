// One file in, one ImportedDocument out: checks, decoding, the format's importer, then the legal pass.
import { MAX_IMPORT_BYTES } from '../ipc';
import type { ImportedDocument, SourceFormat } from '../model';
import { applyLegalStructure } from '../legal/applyLegalStructure';
import { decodeText } from './decodeText';
import { detectFormat } from './detectFormat';
import { importDocx } from './docx';
import { ImportError } from './errors';
import { importHtml, type ImportEnvironment } from './html';
import { importMarkdown } from './markdown';
import { hasVisibleText } from './normalizeText';
import { importOdt } from './odt';
import { looksBinary } from './sniffBytes';
import { importText } from './text';

export interface SourceFile {
  name: string;
  bytes: Uint8Array;
}

type TextFormat = 'text' | 'markdown' | 'html';
type BinaryFormat = Exclude<SourceFormat, TextFormat>;

const TEXT_IMPORTERS: Readonly<Record<TextFormat, (text: string, env: ImportEnvironment) => ImportedDocument>> = {
  text: (text) => importText(text),
  markdown: (text) => importMarkdown(text),
  html: (text, env) => importHtml(text, env),
};

/** Formats read from their bytes (archives), which check their own structure and report `corrupt`. */
const BINARY_IMPORTERS: Readonly<Record<BinaryFormat, (file: SourceFile, env: ImportEnvironment) => Promise<ImportedDocument>>> = {
  docx: (file) => importDocx(file.bytes, file.name),
  odt: (file, env) => importOdt(file.bytes, file.name, env),
};

const isTextFormat = (format: SourceFormat): format is TextFormat => format in TEXT_IMPORTERS;

/**
 * Reads a file into an ImportedDocument (async: archives are inflated asynchronously), or throws an ImportError whose code says what is
 * wrong, checked cheapest first: too large, empty, not a format Glose reads, binary data in a
 * text file, only blank space, no text left once the markup is gone. Nothing is stored here.
 */
export async function importSource(file: SourceFile, env: ImportEnvironment): Promise<ImportedDocument> {
  const { name, bytes } = file;
  // The renderer refuses large files before reading them; this guards every other caller.
  if (bytes.length > MAX_IMPORT_BYTES) throw new ImportError('tooLarge', name, `${bytes.length} bytes`);
  // An empty file is reported as empty whatever its name: that is the more useful message.
  if (bytes.length === 0) throw new ImportError('empty', name);
  const format = detectFormat(name, bytes);
  if (!format) throw new ImportError('unsupported', name);
  let imported: ImportedDocument;
  if (isTextFormat(format)) {
    if (looksBinary(bytes)) throw new ImportError('binary', name);
    const { text } = decodeText(bytes);
    if (!hasVisibleText(text)) throw new ImportError('empty', name);
    imported = TEXT_IMPORTERS[format](text, env);
  } else {
    imported = await BINARY_IMPORTERS[format](file, env);
  }
  if (imported.blocks.length === 0) throw new ImportError('noText', name);
  const structured = applyLegalStructure(imported);
  // A word-processor document that is no ruling is titled by its first heading, when it has one.
  if (!structured.meta.title && !isTextFormat(format)) {
    const heading = structured.blocks.find((block) => block.type === 'heading');
    if (heading) structured.meta.title = heading.text;
  }
  return structured;
}

// One file in, one ImportedDocument out: checks, decoding, the format's importer, then the legal pass.
import { MAX_IMPORT_BYTES } from '../ipc';
import type { ImportedDocument, SourceFormat } from '../model';
import { applyLegalStructure } from '../legal/applyLegalStructure';
import { decodeText } from './decodeText';
import { detectFormat } from './detectFormat';
import { ImportError } from './errors';
import { importHtml, type ImportEnvironment } from './html';
import { importMarkdown } from './markdown';
import { hasVisibleText } from './normalizeText';
import { looksBinary } from './sniffBytes';
import { importText } from './text';

export interface SourceFile {
  name: string;
  bytes: Uint8Array;
}

const IMPORTERS: Readonly<Record<SourceFormat, (text: string, env: ImportEnvironment) => ImportedDocument>> = {
  text: (text) => importText(text),
  markdown: (text) => importMarkdown(text),
  html: (text, env) => importHtml(text, env),
};

/**
 * Reads a file into an ImportedDocument, or throws an ImportError whose code says what is
 * wrong, checked cheapest first: too large, empty, not a format Glose reads, binary data in a
 * text file, only blank space, no text left once the markup is gone. Nothing is stored here.
 */
export function importSource(file: SourceFile, env: ImportEnvironment): ImportedDocument {
  const { name, bytes } = file;
  // The renderer refuses large files before reading them; this guards every other caller.
  if (bytes.length > MAX_IMPORT_BYTES) throw new ImportError('tooLarge', name, `${bytes.length} bytes`);
  // An empty file is reported as empty whatever its name: that is the more useful message.
  if (bytes.length === 0) throw new ImportError('empty', name);
  const format = detectFormat(name, bytes);
  if (!format) throw new ImportError('unsupported', name);
  if (looksBinary(bytes)) throw new ImportError('binary', name);

  const { text } = decodeText(bytes);
  if (!hasVisibleText(text)) throw new ImportError('empty', name);

  const imported = IMPORTERS[format](text, env);
  if (imported.blocks.length === 0) throw new ImportError('noText', name);
  return applyLegalStructure(imported);
}

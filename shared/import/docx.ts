// DOCX → blocks with mammoth: Word's structure as HTML (headings, lists, tables, footnotes), sanitised, then read as blocks.
import createDOMPurify from 'dompurify';
import mammoth from 'mammoth';
import type { ImportedDocument } from '../model';
import { ImportError } from './errors';
import type { ImportEnvironment } from './html';
import { htmlToBlocks } from './htmlBlocks';
import { openCheckedZip } from './openZip';

/** Office saves password-protected documents as an OLE2 container, not as a zip. */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isOle2(bytes: Uint8Array): boolean {
  return OLE2.every((byte, i) => bytes[i] === byte);
}

/**
 * Reads a Word document. The archive is checked (zip bomb, truncation) before mammoth
 * inflates it; mammoth's HTML never reaches the live page: it is parsed inert, sanitised, and
 * walked into blocks like any HTML. Images are dropped (not text). Footnotes come last, each
 * as `[n] text`, matching the `[n]` mammoth leaves where the note is called.
 */
export async function importDocx(bytes: Uint8Array, fileName: string, env: ImportEnvironment): Promise<ImportedDocument> {
  if (isOle2(bytes)) throw new ImportError('passwordProtected', fileName);
  const zip = await openCheckedZip(bytes, fileName);
  if (!zip.file('word/document.xml')) throw new ImportError('corrupt', fileName, 'no word/document.xml');

  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  // Node's mammoth reads `buffer`, its browser build `arrayBuffer`: one input serves both.
  const input = { arrayBuffer, buffer: arrayBuffer } as unknown as { arrayBuffer: ArrayBuffer };
  let html: string;
  try {
    const result = await mammoth.convertToHtml(input, {
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      ignoreEmptyParagraphs: true,
    });
    html = result.value;
  } catch (error) {
    throw new ImportError('corrupt', fileName, error instanceof Error ? error.message : String(error));
  }

  const parsed = new env.window.DOMParser().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html');
  // The back-links of footnotes (`↑`) are navigation, not text.
  for (const link of Array.from(parsed.querySelectorAll('a[href^="#footnote-ref"], a[href^="#endnote-ref"]'))) link.remove();
  // Notes become plain paragraphs (not list items), `[n] text`, as in the ODT importer.
  for (const [i, note] of Array.from(parsed.querySelectorAll('li[id^="footnote-"], li[id^="endnote-"]')).entries()) {
    const paragraph = parsed.createElement('p');
    paragraph.append(`[${i + 1}] `, ...Array.from(note.childNodes));
    note.replaceWith(paragraph);
  }
  const purify = createDOMPurify(env.window);
  const fragment = purify.sanitize(parsed.body, { RETURN_DOM_FRAGMENT: true });
  const blocks = htmlToBlocks(fragment);

  // No title from Word's document properties: templates fill them with placeholders and the
  // clerk's name; importSource titles the document from the ruling's citation or first heading.
  return { meta: {}, blocks, sourceFormat: 'docx' };
}

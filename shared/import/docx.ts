// DOCX → blocks with mammoth: Word's own structure (headings, numbered and bulleted lists, tables, footnotes) walked into blocks.
import mammoth from 'mammoth';
import type { DraftBlock, ImportedDocument } from '../model';
import { ImportError } from './errors';
import { isRuleOnly, normalizeBlockText } from './normalizeText';
import { openCheckedZip } from './openZip';

/** Office saves password-protected documents as an OLE2 container, not as a zip. */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isOle2(bytes: Uint8Array): boolean {
  return OLE2.every((byte, i) => bytes[i] === byte);
}

/**
 * The part of mammoth's document model Glose reads (lib/documents.js). Mammoth calls its
 * document-transform API unstable, hence the pinned minor version (1.13) and tests on every
 * element read here: paragraphs, runs, text, tabs, breaks, hyperlinks, tables, note references.
 */
interface WordElement {
  type: string;
  children?: WordElement[];
  value?: string;
  styleName?: string | null;
  styleId?: string | null;
  numbering?: { level: string | number; isOrdered: boolean } | null;
  noteType?: string;
  noteId?: string;
  body?: WordElement[];
  notes?: { resolve(reference: WordElement): WordElement | null };
}

// `heading 1`, `Heading 2`, `Titre 3` (French style ids), `Title`: Word's own heading styles.
const HEADING_STYLE = /^(?:heading|titre|berschrift)\s*([1-6])$/iu;
const TITLE_STYLE = /^(?:title|titre)$/iu;

/**
 * Reads a Word document. The archive is checked (zip bomb, truncation) before mammoth
 * inflates it. Mammoth reads the XML into its document model, which is walked here directly:
 * no HTML is generated or parsed, so nothing of the file can ever be rendered or run, and no
 * DOM is needed. Footnotes and endnotes come last, each as `[n] text`, `[n]` being left where
 * the note is called (numbered in the order of the calls, as Word prints them).
 */
export async function importDocx(bytes: Uint8Array, fileName: string): Promise<ImportedDocument> {
  if (isOle2(bytes)) throw new ImportError('passwordProtected', fileName);
  const zip = await openCheckedZip(bytes, fileName);
  if (!zip.file('word/document.xml')) throw new ImportError('corrupt', fileName, 'no word/document.xml');

  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  // Node's mammoth reads `buffer`, its browser build `arrayBuffer`: one input serves both.
  const input = { arrayBuffer, buffer: arrayBuffer } as unknown as { arrayBuffer: ArrayBuffer };
  let blocks: DraftBlock[] = [];
  try {
    await mammoth.convertToHtml(input, {
      transformDocument: (document: WordElement) => {
        blocks = wordToBlocks(document);
        // Nothing left to convert: the HTML mammoth would write is not used.
        return { ...document, children: [] };
      },
    });
  } catch (error) {
    throw new ImportError('corrupt', fileName, error instanceof Error ? error.message : String(error));
  }
  // No title from Word's document properties: templates fill them with placeholders and the
  // clerk's name; importSource titles the document from the ruling's citation or first heading.
  return { meta: {}, blocks, sourceFormat: 'docx' };
}

/** The blocks of mammoth's document element, notes last. */
export function wordToBlocks(document: WordElement): DraftBlock[] {
  const blocks: DraftBlock[] = [];
  const notes: DraftBlock[] = [];
  let noteCount = 0;
  const push = (target: DraftBlock[], block: DraftBlock): void => {
    const text = normalizeBlockText(block.text);
    if (text && !isRuleOnly(text)) target.push({ ...block, text });
  };

  const inline = (element: WordElement): string => {
    switch (element.type) {
      case 'text':
        return element.value ?? '';
      case 'tab':
      case 'break':
        return ' ';
      case 'noteReference': {
        const note = document.notes?.resolve(element);
        const n = ++noteCount;
        if (note?.body) push(notes, { type: 'paragraph', text: `[${n}] ${note.body.map(inline).join(' ')}` });
        return `[${n}]`;
      }
      case 'paragraph':
      case 'run':
      case 'hyperlink':
        return (element.children ?? []).map(inline).join('');
      default:
        // Images, checkboxes, comment references and bookmarks carry no running text.
        return '';
    }
  };

  const walk = (elements: readonly WordElement[]): void => {
    for (const element of elements) {
      if (element.type === 'paragraph') {
        const style = `${element.styleName ?? ''}`.trim() || `${element.styleId ?? ''}`.trim();
        const heading = HEADING_STYLE.exec(style)?.[1] ?? (TITLE_STYLE.test(style) ? '1' : undefined);
        const text = inline(element);
        if (heading) push(blocks, { type: 'heading', level: Number(heading), text });
        else push(blocks, { type: element.numbering ? 'listItem' : 'paragraph', text });
      } else if (element.children) {
        // Tables, rows and cells: each cell's paragraphs are blocks of their own.
        walk(element.children);
      }
    }
  };

  walk(document.children ?? []);
  return [...blocks, ...notes];
}

// ODT → blocks: content.xml read with the host's XML parser (headings, paragraphs, lists, table cells, footnotes).
import type { DraftBlock, ImportedDocument } from '../model';
import { ImportError } from './errors';
import type { ImportEnvironment } from './html';
import { isOle2 } from './docx';
import { isRuleOnly, normalizeBlockText } from './normalizeText';
import { openCheckedZip, readZipText } from './openZip';

const TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';
const TABLE = 'urn:oasis:names:tc:opendocument:xmlns:table:1.0';
const OFFICE = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0';
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Not the document's text: tracked deletions, comments, tables of contents (they repeat the headings), form fields. */
const SKIPPED = new Set([
  `${TEXT} tracked-changes`, `${OFFICE} annotation`, `${OFFICE} annotation-end`, `${TEXT} table-of-content`,
  `${TEXT} alphabetical-index`, `${TEXT} sequence-decls`, `${TEXT} variable-decls`, `${OFFICE} forms`,
]);

/**
 * Reads an OpenDocument text. The archive is checked (zip bomb, truncation) before anything is
 * inflated; content.xml is parsed by the environment's DOMParser as XML, which never runs
 * anything. Footnotes and endnotes become `[n] text` blocks after the body, `[n]` staying
 * where the note is called, so a passage in a note can be tagged like any other.
 */
export async function importOdt(bytes: Uint8Array, fileName: string, env: ImportEnvironment): Promise<ImportedDocument> {
  if (isOle2(bytes)) throw new ImportError('passwordProtected', fileName);
  const zip = await openCheckedZip(bytes, fileName);
  // LibreOffice stores the password-protected content encrypted; the manifest says so.
  const manifest = await readZipText(zip, 'META-INF/manifest.xml', fileName);
  if (manifest?.includes('encryption-data')) throw new ImportError('passwordProtected', fileName);
  const xml = await readZipText(zip, 'content.xml', fileName);
  if (xml === undefined) throw new ImportError('corrupt', fileName, 'no content.xml');
  const doc = new env.window.DOMParser().parseFromString(xml, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) throw new ImportError('corrupt', fileName, 'content.xml is not well-formed');
  const body = doc.getElementsByTagNameNS(OFFICE, 'text')[0];
  if (!body) throw new ImportError('corrupt', fileName, 'no office:text');
  return { meta: {}, blocks: odtToBlocks(body), sourceFormat: 'odt' };
}

/** The blocks of an `office:text` element, notes last. */
export function odtToBlocks(body: Element): DraftBlock[] {
  const blocks: DraftBlock[] = [];
  const notes: DraftBlock[] = [];
  const push = (target: DraftBlock[], block: DraftBlock): void => {
    const text = normalizeBlockText(block.text);
    if (text && !isRuleOnly(text)) target.push({ ...block, text });
  };

  const inline = (element: Element): string => {
    let text = '';
    for (const node of Array.from(element.childNodes)) {
      if (node.nodeType === TEXT_NODE) {
        text += node.textContent ?? '';
        continue;
      }
      if (node.nodeType !== ELEMENT_NODE) continue;
      const child = node as Element;
      const key = `${child.namespaceURI} ${child.localName}`;
      if (SKIPPED.has(key)) continue;
      if (key === `${TEXT} s`) text += ' '.repeat(Math.max(1, Number(child.getAttributeNS(TEXT, 'c') ?? '1') || 1));
      else if (key === `${TEXT} tab` || key === `${TEXT} line-break`) text += ' ';
      else if (key === `${TEXT} note`) {
        const citation = normalizeBlockText(child.getElementsByTagNameNS(TEXT, 'note-citation')[0]?.textContent ?? '');
        text += `[${citation}]`;
        const noteBody = child.getElementsByTagNameNS(TEXT, 'note-body')[0];
        if (noteBody) push(notes, { type: 'paragraph', text: `[${citation}] ${paragraphsText(noteBody)}` });
      } else if (child.namespaceURI === TEXT || child.localName === 'span') text += inline(child);
      // Frames, drawings and other objects carry no running text.
    }
    return text;
  };
  const paragraphsText = (element: Element): string =>
    Array.from(element.getElementsByTagNameNS(TEXT, 'p'))
      .concat(Array.from(element.getElementsByTagNameNS(TEXT, 'h')))
      .map(inline)
      .join(' ');

  const walk = (parent: Element, listDepth: number): void => {
    for (const child of Array.from(parent.children)) {
      const key = `${child.namespaceURI} ${child.localName}`;
      if (SKIPPED.has(key)) continue;
      if (key === `${TEXT} h`) {
        const level = Math.min(6, Math.max(1, Number(child.getAttributeNS(TEXT, 'outline-level') ?? '1') || 1));
        push(blocks, { type: 'heading', level, text: inline(child) });
      } else if (key === `${TEXT} p`) {
        push(blocks, { type: listDepth > 0 ? 'listItem' : 'paragraph', text: inline(child) });
      } else if (key === `${TEXT} list`) {
        walk(child, listDepth + 1);
      } else if (key === `${TABLE} table-cell` || key === `${TABLE} covered-table-cell`) {
        // A cell is a paragraph context of its own, even inside a list.
        walk(child, 0);
      } else {
        // List items (each paragraph of one is an item), sections, tables, rows, soft page
        // breaks: containers, whose children are walked.
        walk(child, listDepth);
      }
    }
  };

  walk(body, 0);
  return [...blocks, ...notes];
}

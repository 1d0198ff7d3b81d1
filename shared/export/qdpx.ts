// An argument list as a REFI-QDA project (.qdpx): project.qde (urn:QDA-XML:project:1.0) with codebook, user, sources and codings, texts in sources/.
import JSZip from 'jszip';
import { documentText } from '../anchor';
import { guidFor, qdcCodeLines, xmlEscape } from '../codebook/qdcWrite';
import { tagDisplayName } from '../i18n';
import type { ArgumentList } from './argumentList';
import { noteOf } from './entryLabels';

export const QDPX_NAMESPACE = 'urn:QDA-XML:project:1.0';
/** Characters under which a source text is stored rather than deflated. */
const STORE_BELOW = 64 * 1024;
/** One user stands for whoever exported: Glose keeps no accounts. */
const USER = guidFor('glose:user');

/**
 * The project as the standard orders its parts: Users, CodeBook, Sources. Each document is a
 * TextSource whose plain text is the document's blocks joined by `\n`, the text the passages'
 * positions count in; each passage is a PlainTextSelection with one Coding per tag and its note
 * as the selection's Description. Positions are UTF-16 offsets, as in the W3C selectors.
 */
export function qdpxProjectXml(list: ArgumentList): { xml: string; texts: Map<string, string> } {
  const { lang } = list.options;
  const when = list.options.now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const texts = new Map<string, string>();
  // Glose's ids are random GUIDs already, so guidFor returns them as they are; tag GUIDs are the
  // codebook file's (.qdc), so a tag keeps its identity across both files. Computed once per tag.
  const tagGuid = new Map(list.tags.map((tag) => [tag.id, guidFor(tag.id)]));
  const sources: string[] = [];
  const byDocument = new Map<string, typeof list.entries>();
  for (const entry of list.entries) {
    const entries = byDocument.get(entry.document.id);
    if (entries) entries.push(entry);
    else byDocument.set(entry.document.id, [entry]);
  }
  for (const document of list.documents) {
    const guid = guidFor(document.id);
    const text = documentText(list.blocks.get(document.id) ?? []);
    texts.set(`${guid}.txt`, text);
    const selections: string[] = [];
    for (const entry of byDocument.get(document.id) ?? []) {
      const { start, end } = entry.passage.anchor.position;
      // A passage that no longer fits the text (a damaged row) would make the project unreadable.
      if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length)) continue;
      const name = entry.passage.anchor.quote.exact.replace(/\s+/g, ' ').trim().slice(0, 60).trim();
      const note = noteOf(entry);
      selections.push(
        `      <PlainTextSelection guid="${guidFor(entry.passage.id)}" name="${xmlEscape(name)}" startPosition="${start}" endPosition="${end}" creatingUser="${USER}" creationDateTime="${when}">`,
        ...(note ? [`        <Description>${xmlEscape(note)}</Description>`] : []),
        ...entry.tags.map(
          (tag) =>
            `        <Coding guid="${guidFor(`glose:coding:${entry.passage.id}:${tag.id}`)}" creatingUser="${USER}" creationDateTime="${when}"><CodeRef targetGUID="${tagGuid.get(tag.id) ?? guidFor(tag.id)}"/></Coding>`,
        ),
        '      </PlainTextSelection>',
      );
    }
    sources.push(
      `    <TextSource guid="${guid}" name="${xmlEscape(document.title)}" plainTextPath="internal://${guid}.txt" creatingUser="${USER}" creationDateTime="${when}">`,
      ...(document.note?.trim() ? [`      <Description>${xmlEscape(document.note.trim())}</Description>`] : []),
      ...selections,
      '    </TextSource>',
    );
  }
  const xml = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<Project xmlns="${QDPX_NAMESPACE}" name="${xmlEscape(list.title)}" origin="Glose" creatingUserGUID="${USER}" creationDateTime="${when}">`,
    '  <Users>',
    `    <User guid="${USER}" name="Glose"/>`,
    '  </Users>',
    '  <CodeBook>',
    '    <Codes>',
    ...qdcCodeLines(list.tags, (tag) => tagDisplayName(tag, lang) || tag.id, 3),
    '    </Codes>',
    '  </CodeBook>',
    '  <Sources>',
    ...sources,
    '  </Sources>',
    '</Project>',
    '',
  ].join('\n');
  return { xml, texts };
}

export async function exportQdpx(list: ArgumentList): Promise<Uint8Array> {
  const { xml, texts } = qdpxProjectXml(list);
  const zip = new JSZip();
  // Encoded up front by the platform's encoder: JSZip's own UTF-8 worker is several times slower.
  const utf8 = new TextEncoder();
  zip.file('project.qde', utf8.encode(xml));
  // Each deflate stream costs a fixed ~300 KB of buffers: for 500 short rulings that setup, not the
  // compression, took most of the time. Short texts are stored; long ones, where it pays, compressed.
  for (const [name, text] of texts) zip.file(`sources/${name}`, utf8.encode(text), text.length < STORE_BELOW ? { compression: 'STORE' } : {});
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 1 } });
}

// An argument list as a REFI-QDA project (.qdpx): project.qde (urn:QDA-XML:project:1.0) with codebook, user, sources and codings, texts in sources/.
import JSZip from 'jszip';
import { documentText } from '../anchor';
import { guidFor, qdcCodeLines, xmlEscape } from '../codebook/qdcWrite';
import { tagDisplayName } from '../i18n';
import type { ArgumentList } from './argumentList';
import { noteOf } from './entryLabels';

export const QDPX_NAMESPACE = 'urn:QDA-XML:project:1.0';
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
  const sources: string[] = [];
  const byDocument = new Map<string, typeof list.entries>();
  for (const entry of list.entries) {
    const entries = byDocument.get(entry.document.id);
    if (entries) entries.push(entry);
    else byDocument.set(entry.document.id, [entry]);
  }
  for (const document of list.documents) {
    const guid = guidFor(`glose:document:${document.id}`);
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
        `      <PlainTextSelection guid="${guidFor(`glose:passage:${entry.passage.id}`)}" name="${xmlEscape(name)}" startPosition="${start}" endPosition="${end}" creatingUser="${USER}" creationDateTime="${when}">`,
        ...(note ? [`        <Description>${xmlEscape(note)}</Description>`] : []),
        ...entry.tags.map(
          (tag) =>
            `        <Coding guid="${guidFor(`glose:coding:${entry.passage.id}:${tag.id}`)}" creatingUser="${USER}" creationDateTime="${when}"><CodeRef targetGUID="${guidFor(tag.id)}"/></Coding>`,
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
  zip.file('project.qde', xml);
  for (const [name, text] of texts) zip.file(`sources/${name}`, text);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

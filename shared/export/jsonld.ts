// An argument list as W3C Web Annotation JSON-LD: an AnnotationCollection whose annotations carry quote and position selectors, tags and notes.
import { tagDisplayName } from '../i18n';
import type { ArgumentList, ExportEntry } from './argumentList';
import { noteOf } from './entryLabels';

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Glose has no web address; `urn:glose:` names stay stable across exports of the same library. */
export const documentUri = (docId: string) => `urn:glose:document:${encodeURIComponent(docId)}`;
export const passageUri = (passageId: string) => `urn:glose:passage:${encodeURIComponent(passageId)}`;

function annotation(entry: ExportEntry, list: ArgumentList): Record<string, unknown> {
  const { passage, document } = entry;
  const { lang } = list.options;
  const note = noteOf(entry);
  const body: Array<Record<string, unknown>> = entry.tags.map((tag) => ({ type: 'TextualBody', purpose: 'tagging', value: tagDisplayName(tag, lang) || tag.id, format: 'text/plain', language: lang }));
  if (note) body.push({ type: 'TextualBody', purpose: 'commenting', value: note, format: 'text/plain', language: lang });
  // The citation describes the passage for a human reader, as W3C's "describing" motivation means.
  body.push({ type: 'TextualBody', purpose: 'describing', value: entry.citation, format: 'text/plain', language: list.options.citationStyle });
  return {
    '@context': CONTEXT,
    id: passageUri(passage.id),
    type: 'Annotation',
    motivation: entry.tags.length > 0 ? 'tagging' : 'highlighting',
    created: new Date(passage.createdAt).toISOString(),
    modified: new Date(passage.updatedAt).toISOString(),
    body,
    target: {
      source: documentUri(document.id),
      selector: [
        { type: 'TextQuoteSelector', exact: passage.anchor.quote.exact, prefix: passage.anchor.quote.prefix, suffix: passage.anchor.quote.suffix },
        { type: 'TextPositionSelector', start: passage.anchor.position.start, end: passage.anchor.position.end },
      ],
    },
    ...(passage.role ? { 'glose:role': passage.role } : {}),
    ...(passage.stance ? { 'glose:stance': passage.stance } : {}),
  };
}

export function exportJsonLd(list: ArgumentList): string {
  const items = list.entries.map((entry) => annotation(entry, list));
  const collection = {
    '@context': [CONTEXT, { glose: 'urn:glose:vocab:' }],
    id: `urn:glose:export:${list.options.now.toISOString()}`,
    type: 'AnnotationCollection',
    label: list.title,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

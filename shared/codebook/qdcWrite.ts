// Writes the codebook as a REFI-QDA codebook file (.qdc, QDA-XML urn:QDA-XML:codebook:1.0), nested by parent.
import type { Tag } from '../model';
import { tagTriggers } from './lexicon';
import { formatDescription } from './qdcDescription';

export const QDC_NAMESPACE = 'urn:QDA-XML:codebook:1.0';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The standard wants GUIDs: our random ids already are; built-in ids get a stable GUID derived from their name. */
export function guidFor(id: string): string {
  if (GUID.test(id)) return id.toLowerCase();
  // Four FNV-1a passes with different seeds give 128 stable bits.
  const hex = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b]
    .map((seed) => {
      let h = seed >>> 0;
      for (const ch of id) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 0x01000193) >>> 0;
      return h.toString(16).padStart(8, '0');
    })
    .join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The `<Code>` elements of the codebook, nested by parent, indented from `depth`: shared by the
 * codebook file (.qdc) and the project file (.qdpx), whose CodeBook element is the same.
 */
export function qdcCodeLines(tags: readonly Tag[], displayName: (tag: Tag) => string, depth: number): string[] {
  const ids = new Set(tags.map((t) => t.id));
  const children = new Map<string | null, Tag[]>();
  for (const tag of tags) {
    const parent = tag.parentId && ids.has(tag.parentId) ? tag.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), tag]);
  }
  const lines: string[] = [];
  const visit = (parent: string | null, depth: number) => {
    const list = [...(children.get(parent) ?? [])].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
    for (const tag of list) {
      const pad = '  '.repeat(depth);
      const description = formatDescription({ ...tag, triggers: [...tagTriggers(tag)] });
      const attrs = `guid="${guidFor(tag.id)}" name="${xmlEscape(displayName(tag))}" isCodable="true" color="${xmlEscape(tag.color.toUpperCase())}"`;
      const hasKids = (children.get(tag.id) ?? []).length > 0;
      if (!description && !hasKids) {
        lines.push(`${pad}<Code ${attrs}/>`);
        continue;
      }
      lines.push(`${pad}<Code ${attrs}>`);
      if (description) lines.push(`${pad}  <Description>${xmlEscape(description)}</Description>`);
      visit(tag.id, depth + 1);
      lines.push(`${pad}</Code>`);
    }
  };
  visit(null, depth);
  return lines;
}

/** `displayName` names unrenamed built-in tags in the interface language, as the user sees them. */
export function writeQdc(tags: readonly Tag[], displayName: (tag: Tag) => string): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<CodeBook xmlns="${QDC_NAMESPACE}" origin="Glose">`,
    '  <Codes>',
    ...qdcCodeLines(tags, displayName, 2),
    '  </Codes>',
    '  <Sets/>',
    '</CodeBook>',
    '',
  ].join('\n');
}

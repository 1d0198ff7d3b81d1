// Reads a REFI-QDA codebook (.qdc) into plain codes, refusing anything that is not one, with the reason.
import type { Tag } from '../model';
import { QDC_NAMESPACE } from './qdcWrite';
import { parseDescription } from './qdcDescription';
import { nameKey } from './tagOps';

export interface QdcCode {
  guid: string;
  name: string;
  color?: string;
  parentGuid: string | null;
  fields: Pick<Tag, 'description' | 'example' | 'counterExample' | 'triggers'>;
}

export type QdcProblem = 'notXml' | 'notCodebook' | 'noCodes' | 'codeWithoutName' | 'codeWithoutGuid' | 'duplicateGuid' | 'duplicateName' | 'badColour';
export type QdcReadResult = { ok: true; codes: QdcCode[] } | { ok: false; problem: QdcProblem; detail?: string };

/** The XML parser is passed in (the renderer's DOMParser, jsdom's in tests): shared/ stays free of DOM globals. */
export type ParseXml = (text: string) => Document;

const RGB = /^#([0-9a-f]{6}|[0-9a-f]{3})$/i;
const expand = (c: string) => (c.length === 4 ? `#${[...c.slice(1)].map((x) => x + x).join('')}` : c).toLowerCase();

export function readQdc(text: string, parseXml: ParseXml): QdcReadResult {
  let doc: Document;
  try {
    doc = parseXml(text);
  } catch {
    return { ok: false, problem: 'notXml' };
  }
  if (doc.getElementsByTagName('parsererror').length > 0 || !doc.documentElement) return { ok: false, problem: 'notXml' };
  const root = doc.documentElement;
  if (root.localName !== 'CodeBook' || root.namespaceURI !== QDC_NAMESPACE) return { ok: false, problem: 'notCodebook' };
  const codesElement = Array.from(root.children).find((el) => el.localName === 'Codes');
  if (!codesElement) return { ok: false, problem: 'noCodes' };

  const codes: QdcCode[] = [];
  const guids = new Set<string>();
  const names = new Set<string>();
  const walk = (parent: Element, parentGuid: string | null): QdcReadResult | null => {
    for (const el of Array.from(parent.children)) {
      if (el.localName !== 'Code') continue;
      const name = (el.getAttribute('name') ?? '').trim();
      const guid = (el.getAttribute('guid') ?? '').trim().toLowerCase();
      if (!name) return { ok: false, problem: 'codeWithoutName' };
      if (!guid) return { ok: false, problem: 'codeWithoutGuid', detail: name };
      if (guids.has(guid)) return { ok: false, problem: 'duplicateGuid', detail: name };
      if (names.has(nameKey(name))) return { ok: false, problem: 'duplicateName', detail: name };
      const colour = el.getAttribute('color')?.trim();
      if (colour && !RGB.test(colour)) return { ok: false, problem: 'badColour', detail: name };
      guids.add(guid);
      names.add(nameKey(name));
      const description = Array.from(el.children).find((c) => c.localName === 'Description')?.textContent ?? '';
      codes.push({ guid, name, ...(colour ? { color: expand(colour) } : {}), parentGuid, fields: parseDescription(description) });
      const failure = walk(el, guid);
      if (failure) return failure;
    }
    return null;
  };
  const failure = walk(codesElement, null);
  if (failure) return failure;
  if (codes.length === 0) return { ok: false, problem: 'noCodes' };
  return { ok: true, codes };
}

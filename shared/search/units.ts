// What of a document is searchable, as index units: its title and metadata, each block (with its paragraph number), its note, each passage note.
import { paragraphNumbers } from '../export/paragraphNumber';
import type { Annotation, Block, GloseDocument } from '../model';
import { indexTerms } from './analyse';
import { stemmerLanguage } from './stem';

export type UnitKind = 'title' | 'block' | 'docNote' | 'passageNote';

export interface SearchUnit {
  /** `<docId>#<n>`: a document's units are numbered, so they can be removed knowing only how many there are. */
  id: string;
  docId: string;
  kind: UnitKind;
  /** The block id, the passage id, or the document id (title, document note). */
  ref: string;
  /** Reading order in the document (the title first, the notes last). */
  order: number;
  /** The legal paragraph number the unit falls under (`"7"`), if any. */
  number?: string;
  /** Analysed terms, space-separated (see indexTerms). */
  terms: string;
}

/** The metadata a jurist searches by besides the text: title, court, numbers, ECLI, parties, author. */
export function titleText(doc: GloseDocument): string {
  return [doc.title, doc.court, doc.formation, doc.caseNumber, doc.ecli, doc.parties, doc.author, doc.publication].filter(Boolean).join(' — ');
}

export function unitsOfDocument(doc: GloseDocument, blocks: readonly Block[], passages: readonly Annotation[]): SearchUnit[] {
  const language = stemmerLanguage(doc.language);
  const numbers = paragraphNumbers(blocks);
  const units: SearchUnit[] = [];
  const push = (unit: Omit<SearchUnit, 'id' | 'docId' | 'terms'>, text: string) => {
    const terms = indexTerms(text, language);
    if (terms) units.push({ id: `${doc.id}#${units.length}`, docId: doc.id, terms, ...unit });
  };
  push({ kind: 'title', ref: doc.id, order: -1 }, titleText(doc));
  for (const block of blocks) push({ kind: 'block', ref: block.id, order: block.order, ...numbered(numbers.get(block.id)) }, block.text);
  if (doc.note?.trim()) push({ kind: 'docNote', ref: doc.id, order: Number.MAX_SAFE_INTEGER - 1 }, doc.note);
  const orderOf = new Map(blocks.map((b) => [b.id, b.order]));
  for (const passage of passages) {
    if (!passage.note?.trim()) continue;
    const start = passage.anchor.start.blockId;
    push({ kind: 'passageNote', ref: passage.id, order: orderOf.get(start) ?? Number.MAX_SAFE_INTEGER, ...numbered(numbers.get(start)) }, passage.note);
  }
  return units;
}

const numbered = (number: string | undefined) => (number ? { number } : {});

/**
 * What decides whether a document's units are current: its text (content hash and version), its
 * searchable metadata and its note. Passage notes are followed through the passages' `updatedAt`.
 */
export function documentStamp(doc: GloseDocument): string {
  const source = [doc.contentHash, doc.version ?? 1, doc.language, titleText(doc), doc.note ?? ''].join('\u0000');
  // FNV-1a: a short fingerprint, enough to notice a change (not a security hash).
  let hash = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) {
    hash ^= source.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(36)}.${source.length.toString(36)}`;
}

/** One document's part of the stored index: its analysed units and the stamp they were made from. */
export interface StoredDocumentIndex {
  /** The document id. */
  id: string;
  stamp: string;
  /** ANALYSIS_VERSION at the time; another version's units are made again. */
  analysis: number;
  /** Epoch ms when the units were made: passages updated later have their document indexed again. */
  indexedAt: number;
  units: SearchUnit[];
}

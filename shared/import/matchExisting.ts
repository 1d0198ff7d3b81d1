// Finds the library document a newly imported one is, or is a version of: same text, ECLI, case number or title.
import type { GloseDocument } from '../model';

export type SameDocumentReason = 'sameText' | 'sameEcli' | 'sameCase' | 'sameTitle';

export interface SameDocument {
  document: GloseDocument;
  reason: SameDocumentReason;
}

const key = (value: string | undefined): string => (value ?? '').normalize('NFC').replace(/[’‘]/gu, "'").replace(/\s+/gu, ' ').trim().toLowerCase();

/**
 * The strongest match first: identical text (content hash), then the same ECLI, then the same
 * court and case number (a corrected ruling keeps both), then the same title. A corrected file
 * has a different hash, which is why the identity fields are compared at all.
 */
export function findSameDocument(candidate: GloseDocument, library: readonly GloseDocument[]): SameDocument | undefined {
  const others = library.filter((document) => document.id !== candidate.id);
  const tests: readonly [SameDocumentReason, (document: GloseDocument) => boolean][] = [
    ['sameText', (document) => document.contentHash === candidate.contentHash],
    ['sameEcli', (document) => key(candidate.ecli) !== '' && key(document.ecli) === key(candidate.ecli)],
    [
      'sameCase',
      (document) =>
        key(candidate.caseNumber) !== '' && key(document.caseNumber) === key(candidate.caseNumber) && key(document.court) === key(candidate.court),
    ],
    ['sameTitle', (document) => key(document.title) === key(candidate.title)],
  ];
  for (const [reason, test] of tests) {
    const document = others.find(test);
    if (document) return { document, reason };
  }
  return undefined;
}

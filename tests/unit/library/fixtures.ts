// A library document with only what sorting and filtering look at.
import type { GloseDocument } from '../../../shared/model';

export function libraryDoc(id: string, fields: Partial<GloseDocument> = {}): GloseDocument {
  return {
    id,
    title: `Document ${id}`,
    kind: 'ruling',
    sourceFileName: `${id}.txt`,
    sourceFormat: 'text',
    language: 'fr',
    wordCount: 10,
    importedAt: 0,
    contentHash: `hash-${id}`,
    ...fields,
  };
}

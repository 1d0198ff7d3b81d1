// Small documents and blocks for the search tests.
import type { Annotation, Block, GloseDocument } from '../../../shared/model';

export function doc(id: string, extra: Partial<GloseDocument> = {}): GloseDocument {
  return { id, title: `Document ${id}`, kind: 'ruling', sourceFileName: `${id}.txt`, sourceFormat: 'text', language: 'fr', wordCount: 0, importedAt: 0, contentHash: `hash-${id}`, ...extra };
}

export function blocksOf(docId: string, texts: string[], numbers: Array<string | undefined> = []): Block[] {
  return texts.map((text, order) => {
    const number = numbers[order];
    return { id: `${docId}-b${order}`, docId, order, type: 'paragraph', text, ...(number ? { number } : {}) };
  });
}

export function passage(id: string, docId: string, blockId: string, extra: Partial<Annotation> = {}): Annotation {
  return {
    id, docId, tagIds: [], status: 'anchored', createdAt: 1, updatedAt: 1,
    anchor: { start: { blockId, offset: 0 }, end: { blockId, offset: 5 }, quote: { exact: 'x', prefix: '', suffix: '' }, position: { start: 0, end: 5 } },
    ...extra,
  };
}

// Builders for backup tests: a small library, a sink that keeps the text, a source over it.
import type { Annotation, Block, GloseDocument, Tag } from '../../../shared/model';
import type { BackupSink } from '../../../renderer/src/db/backup';
import { blobSource, type BackupSource } from '../../../renderer/src/db/backupSource';

export const doc = (id: string, extra: Partial<GloseDocument> = {}): GloseDocument => ({
  id,
  title: `CE, juge des référés, 25 avril 2025, n° ${id}`,
  kind: 'ruling',
  court: 'Conseil d’État',
  date: '2025-04-25',
  sourceFileName: `${id}.txt`,
  sourceFormat: 'text',
  language: 'fr',
  wordCount: 12,
  importedAt: 1_700_000_000_000,
  contentHash: `hash-${id}`,
  ...extra,
});

export const block = (id: string, docId: string, order: number, text = `${order + 1}. Aux termes de l’article L. 521-1 du code de justice administrative…`): Block => ({
  id,
  docId,
  order,
  type: 'paragraph',
  text,
  number: String(order + 1),
  section: 'reasoning',
});

export const passage = (id: string, docId: string, blockId: string, tagIds: string[], updatedAt = 1_700_000_000_500): Annotation => ({
  id,
  docId,
  tagIds,
  anchor: {
    start: { blockId, offset: 3 },
    end: { blockId, offset: 12 },
    quote: { exact: 'Aux terme', prefix: '1. ', suffix: 's de l’art' },
    position: { start: 3, end: 12 },
  },
  role: 'reasoning',
  stance: 'accepted',
  note: 'Décisif',
  status: 'anchored',
  createdAt: 1_700_000_000_100,
  updatedAt,
});

export const userTag = (id: string, name: string, extra: Partial<Tag> = {}): Tag => ({ id, name, color: '#c6d7ff', parentId: null, order: 20, ...extra });

/** Collects a backup as its chunks, so a test sees that it came in more than one. */
export function memorySink(): BackupSink & { chunks: string[]; text: () => string } {
  const chunks: string[] = [];
  return {
    chunks,
    write: async (text) => {
      chunks.push(text);
    },
    text: () => chunks.join(''),
  };
}

export function textSource(text: string, name = 'library.glose-backup'): BackupSource {
  return blobSource(new Blob([text]), name);
}

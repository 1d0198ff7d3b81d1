// The reader bench's data: the generated 120,000-word ruling as library rows, 2,000 passages (some overlapping), and
// how many marks the reader must draw for them, so "opened" means "every mark is in the DOM".
import { randomUUID } from 'node:crypto';
import { anchorPassage, TextIndex } from '../../shared/anchor';
import { fragmentText, rangesByBlock } from '../../shared/anchor/passageFragments';
import { buildLibraryRecords, importSource } from '../../shared/import';
import type { ImportEnvironment } from '../../shared/import/html';
import { DEFAULT_TAGS, type Annotation, type Block, type GloseDocument } from '../../shared/model';
import { generateRulingText } from './generateRuling';

export interface ReaderFixture {
  document: GloseDocument;
  blocks: Block[];
  passages: Annotation[];
  expectedMarks: number;
  /** Blocks no passage touches: where the tagging bench makes new passages. */
  freeBlockIds: string[];
  words: number;
}

export async function readerFixture(passageCount = 2_000): Promise<ReaderFixture> {
  const text = generateRulingText(120_000);
  const imported = await importSource({ name: 'ruling.txt', bytes: new TextEncoder().encode(text) }, {} as ImportEnvironment);
  const { document, blocks } = await buildLibraryRecords(imported, { fileName: 'bench-ruling.txt', now: 0, newId: randomUUID });
  const index = TextIndex.of(blocks);
  const body = blocks.filter((b) => b.text.length > 200);
  // Passages on two blocks in three, leaving the rest free; every fifth overlaps the one before it.
  const used = body.filter((_, i) => i % 3 !== 2);
  const passages: Annotation[] = Array.from({ length: passageCount }, (_, i) => {
    const block = used[Math.floor(i / 2) % used.length] as Block;
    const start = i % 2 === 0 ? 10 : i % 5 === 0 ? 40 : 120;
    return {
      id: `bench-p${i}`,
      docId: document.id,
      tagIds: [DEFAULT_TAGS[i % DEFAULT_TAGS.length]!.id],
      anchor: anchorPassage(index, { blockId: block.id, offset: start }, { blockId: block.id, offset: start + 60 }),
      stance: 'undecided',
      status: 'anchored',
      createdAt: i,
      updatedAt: i,
    };
  });
  const byBlock = rangesByBlock(blocks, passages.map((p) => ({ id: p.id, start: p.anchor.start, end: p.anchor.end })));
  let expectedMarks = 0;
  for (const block of blocks) expectedMarks += fragmentText(block.text, byBlock.get(block.id) ?? []).filter((f) => f.ids.length > 0).length;
  const touched = new Set(passages.map((p) => p.anchor.start.blockId));
  const freeBlockIds = body.filter((b) => !touched.has(b.id)).map((b) => b.id);
  return { document, blocks, passages, expectedMarks, freeBlockIds, words: text.split(/\s+/).length };
}

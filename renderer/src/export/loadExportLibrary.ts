// Reads from the database what an export of a scope needs: every document and tag, the passages in scope, their documents' blocks.
import type { ExportLibrary, ExportScope } from '../../../shared/export';
import type { Annotation, Block } from '../../../shared/model';
import { db } from '../db/database';

/** One read transaction, so a passage and its blocks are never seen from two different moments. */
export function loadExportLibrary(scope: ExportScope): Promise<ExportLibrary> {
  return db.transaction('r', [db.documents, db.blocks, db.annotations, db.tags], async () => {
    const [documents, tags] = await Promise.all([db.documents.toArray(), db.tags.toArray()]);
    let passages: Annotation[];
    if (scope.kind === 'documents') passages = await db.annotations.where('docId').anyOf(scope.docIds).toArray();
    else if (scope.kind === 'passages') passages = (await db.annotations.bulkGet(scope.passageIds)).filter((p): p is Annotation => p !== undefined);
    else passages = await db.annotations.toArray();
    const docIds = [...new Set(passages.map((passage) => passage.docId))];
    const rows = docIds.length > 0 ? await db.blocks.where('docId').anyOf(docIds).toArray() : [];
    const blocks = new Map<string, Block[]>();
    for (const block of rows) {
      const list = blocks.get(block.docId);
      if (list) list.push(block);
      else blocks.set(block.docId, [block]);
    }
    return { documents, tags, passages, blocks };
  });
}

// Interim export of a list of passages as Markdown (one section per document), until the export dialog takes `onExport` over.
import { exportArgumentListMarkdown } from '../../../shared/export';
import type { Lang } from '../../../shared/i18n';
import type { Tag } from '../../../shared/model';
import { db } from '../db/database';
import { documentBlocks } from '../db/documents';

export async function passagesMarkdown(passageIds: readonly string[], tags: readonly Tag[], lang: Lang, now: Date): Promise<string> {
  const passages = (await db.annotations.bulkGet([...passageIds])).filter((p) => p !== undefined);
  const byDoc = new Map<string, typeof passages>();
  for (const p of passages) byDoc.set(p.docId, [...(byDoc.get(p.docId) ?? []), p]);
  const sections: string[] = [];
  for (const [docId, own] of byDoc) {
    const document = await db.documents.get(docId);
    if (!document) continue;
    sections.push(exportArgumentListMarkdown({ document, blocks: await documentBlocks(docId), passages: own, tags: [...tags], lang, now }));
  }
  return sections.join('\n\n---\n\n');
}

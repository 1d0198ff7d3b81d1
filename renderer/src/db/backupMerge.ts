// Merge mode of a restore: add what the library lacks, keep the newer copy of what both have, fold same-named tags together.
import type { Table } from 'dexie';
import { isNewerDocument, matchTags, type BackupInspection, type DocumentStamp } from '../../../shared/backup';
import type { Annotation, GloseDocument, Tag } from '../../../shared/model';

export interface TableOutcome {
  added: number;
  updated: number;
  kept: number;
}

export interface MergePlan {
  /** Backup tag id → the library tag it is the same as. */
  tagMap: Map<string, string>;
  /** Shortcut keys already taken in the library: an added tag does not take one twice. */
  shortcuts: Set<string>;
  /** For each backup document the library also has: whether the backup's copy (with its blocks) replaces it. */
  documents: Map<string, 'backup' | 'library'>;
}

/** Reads what the merge decisions need, inside the restore's transaction; removes the blocks of documents the backup replaces. */
export async function prepareMerge(tables: ReadonlyMap<string, Table>, inspection: BackupInspection): Promise<MergePlan> {
  const tagsTable = tables.get('tags') as Table<Tag, string> | undefined;
  const existingTags = tagsTable ? await tagsTable.toArray() : [];
  const documents = new Map<string, 'backup' | 'library'>();
  const docsTable = tables.get('documents') as Table<GloseDocument, string> | undefined;
  if (docsTable && inspection.documents.length > 0) {
    const existing = await docsTable.bulkGet(inspection.documents.map((d) => d.id));
    inspection.documents.forEach((incoming: DocumentStamp, i) => {
      const current = existing[i];
      if (current) documents.set(incoming.id, isNewerDocument(incoming, current) ? 'backup' : 'library');
    });
  }
  // A newer version of a document brings its own blocks: the old version's go, as replaceDocumentVersion does.
  const blocks = tables.get('blocks');
  const replaced = [...documents].filter(([, winner]) => winner === 'backup').map(([id]) => id);
  if (blocks && replaced.length > 0) await blocks.where('docId').anyOf(replaced).delete();
  return {
    tagMap: matchTags(inspection.tags, existingTags),
    shortcuts: new Set(existingTags.flatMap((t) => (t.shortcut ? [t.shortcut] : []))),
    documents,
  };
}

type Row = Record<string, unknown>;

/** Merges one batch of a table's records; returns what happened to them. */
export async function mergeBatch(table: Table, incoming: Row[], plan: MergePlan): Promise<TableOutcome> {
  const result: TableOutcome = { added: 0, updated: 0, kept: 0 };
  let records = incoming;
  if (table.name === 'tags') {
    const folded = records.filter((r) => plan.tagMap.has(r.id as string));
    result.kept += folded.length;
    records = records.filter((r) => !plan.tagMap.has(r.id as string)).map((r) => remapTag(r as unknown as Tag, plan) as unknown as Row);
  } else if (table.name === 'annotations') {
    records = records.map((r) => remapPassage(r as unknown as Annotation, plan) as unknown as Row);
  } else if (table.name === 'blocks') {
    // Blocks follow their document: the library's copy keeps its own text.
    const own = records.filter((r) => plan.documents.get(r.docId as string) === 'library');
    result.kept += own.length;
    records = records.filter((r) => plan.documents.get(r.docId as string) !== 'library');
  }
  if (records.length === 0) return result;

  const keyPath = table.schema.primKey.keyPath as string;
  const existing: Array<Row | undefined> = await table.bulkGet(records.map((r) => r[keyPath] as string));
  const put: Row[] = [];
  records.forEach((record, i) => {
    const current = existing[i];
    if (!current) {
      put.push(record);
      result.added += 1;
    } else if (isNewer(table.name, record, current, plan)) {
      put.push(record);
      result.updated += 1;
    } else {
      result.kept += 1;
    }
  });
  if (table.name === 'tags') for (const r of put) claimShortcut(r as unknown as Tag, plan);
  if (put.length > 0) await table.bulkPut(put);
  return result;
}

function isNewer(table: string, incoming: Row, current: Row, plan: MergePlan): boolean {
  if (table === 'documents') return plan.documents.get(incoming.id as string) === 'backup';
  if (table === 'blocks') return plan.documents.get(incoming.docId as string) === 'backup';
  if (table === 'annotations') return (incoming.updatedAt as number) > (current.updatedAt as number);
  // Tags, settings and tables without a date: the library's copy is the one the user sees now.
  return false;
}

function remapTag(tag: Tag, plan: MergePlan): Tag {
  if (!tag.parentId || !plan.tagMap.has(tag.parentId)) return tag;
  return { ...tag, parentId: plan.tagMap.get(tag.parentId) ?? null };
}

function claimShortcut(tag: Tag, plan: MergePlan): void {
  if (!tag.shortcut) return;
  if (plan.shortcuts.has(tag.shortcut)) delete tag.shortcut;
  else plan.shortcuts.add(tag.shortcut);
}

function remapPassage(passage: Annotation, plan: MergePlan): Annotation {
  if (!passage.tagIds.some((id) => plan.tagMap.has(id))) return passage;
  return { ...passage, tagIds: [...new Set(passage.tagIds.map((id) => plan.tagMap.get(id) ?? id))] };
}

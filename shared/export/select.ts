// Picks the passages an export covers: scope first, then the filters (tags with sub-tags, role, stance, date, court).
import type { Annotation, GloseDocument, Tag } from '../model';
import type { ExportFilters, ExportScope } from './scope';

export interface Selection {
  /** Passages kept, each with its document. */
  kept: Array<{ passage: Annotation; document: GloseDocument }>;
  /**
   * Passages in scope whose document no longer exists. They are left out (nothing to cite them by)
   * and counted, so the dialog can say so instead of losing them silently.
   */
  missingDocument: number;
}

/** The tag ids a filter on `tagIds` stands for: each tag and, when asked, all its descendants. */
export function expandTags(tagIds: readonly string[], tags: readonly Tag[], includeSubTags: boolean): Array<Set<string>> {
  const children = new Map<string, string[]>();
  for (const tag of tags) if (tag.parentId) children.set(tag.parentId, [...(children.get(tag.parentId) ?? []), tag.id]);
  return tagIds.map((id) => {
    const set = new Set([id]);
    if (!includeSubTags) return set;
    const stack = [id];
    while (stack.length > 0) {
      for (const child of children.get(stack.pop() as string) ?? []) {
        // A cycle in a hand-edited codebook must not loop forever.
        if (!set.has(child)) {
          set.add(child);
          stack.push(child);
        }
      }
    }
    return set;
  });
}

function inScope(passage: Annotation, scope: ExportScope, ids: ReadonlySet<string> | null): boolean {
  if (scope.kind === 'library') return true;
  return ids?.has(scope.kind === 'documents' ? passage.docId : passage.id) ?? false;
}

export function selectPassages(
  passages: readonly Annotation[],
  documents: readonly GloseDocument[],
  tags: readonly Tag[],
  scope: ExportScope,
  filters: ExportFilters,
): Selection {
  const byId = new Map(documents.map((doc) => [doc.id, doc]));
  const ids = scope.kind === 'documents' ? new Set(scope.docIds) : scope.kind === 'passages' ? new Set(scope.passageIds) : null;
  const wanted = expandTags(filters.tagIds, tags, filters.includeSubTags);
  const roles = new Set(filters.roles);
  const stances = new Set(filters.stances);
  const courts = new Set(filters.courts);
  const kept: Selection['kept'] = [];
  let missingDocument = 0;
  for (const passage of passages) {
    if (!inScope(passage, scope, ids)) continue;
    if (wanted.length > 0) {
      const has = (set: Set<string>) => passage.tagIds.some((id) => set.has(id));
      if (filters.tagMatch === 'all' ? !wanted.every(has) : !wanted.some(has)) continue;
    }
    if (roles.size > 0 && !roles.has(passage.role ?? 'none')) continue;
    if (stances.size > 0 && !stances.has(passage.stance ?? 'undecided')) continue;
    const document = byId.get(passage.docId);
    if (!document) {
      missingDocument += 1;
      continue;
    }
    if (!documentMatches(document, filters, courts)) continue;
    kept.push({ passage, document });
  }
  return { kept, missingDocument };
}

function documentMatches(document: GloseDocument, filters: ExportFilters, courts: ReadonlySet<string>): boolean {
  if (courts.size > 0 && !courts.has(document.court?.trim() ?? '')) return false;
  if (filters.dateFrom || filters.dateTo) {
    // ISO dates compare as strings; a partial date (`2025-04`) covers its whole span.
    const date = document.date?.trim() ?? '';
    if (!/^\d{4}(?:-\d{2}){0,2}$/.test(date)) return false;
    const first = `${date}${'-01-01'.slice(date.length - 4)}`;
    const last = `${date}${'-12-31'.slice(date.length - 4)}`;
    if (filters.dateFrom && last < filters.dateFrom) return false;
    if (filters.dateTo && first > filters.dateTo) return false;
  }
  return true;
}

/** The courts of the library, for the dialog's court filter: as spelt, sorted, each once. */
export function libraryCourts(documents: readonly GloseDocument[], lang: string): string[] {
  const courts = new Set(documents.map((doc) => doc.court?.trim() ?? '').filter(Boolean));
  return [...courts].sort(new Intl.Collator(lang).compare);
}

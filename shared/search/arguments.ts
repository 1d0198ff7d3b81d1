// Argument retrieval: every passage carrying a tag or one of its sub-tags, filtered by court, date, kind, role and stance.
import type { Annotation, DocumentKind, GloseDocument, PassageRole, Stance, Tag } from '../model';
import type { ListedPassage } from './tagLists';

/** What the filter and the grouping read of a passage: a stored row or a tag list's entry. */
type Filterable = Pick<Annotation, 'id' | 'docId' | 'role' | 'stance'>;

export interface ArgumentFilter {
  court?: string;
  /** ISO dates, inclusive; a document without a date is left out once either bound is set. */
  from?: string;
  to?: string;
  kind?: DocumentKind;
  role?: PassageRole;
  stance?: Stance;
}

/** The tag and all tags below it in the codebook (a tag moved under itself cannot loop). */
export function tagAndDescendants(tags: readonly Tag[], tagId: string): string[] {
  const children = new Map<string, string[]>();
  for (const tag of tags) {
    if (!tag.parentId) continue;
    const list = children.get(tag.parentId);
    if (list) list.push(tag.id);
    else children.set(tag.parentId, [tag.id]);
  }
  const seen = new Set<string>([tagId]);
  const queue = [tagId];
  while (queue.length > 0) {
    for (const child of children.get(queue.pop() as string) ?? []) {
      if (seen.has(child)) continue;
      seen.add(child);
      queue.push(child);
    }
  }
  return [...seen];
}

export function matchesFilter(passage: Filterable, doc: GloseDocument | undefined, filter: ArgumentFilter): boolean {
  return doc !== undefined && documentMatches(doc, filter) && passageMatches(passage, filter);
}

/** The filter's passage criteria: role and stance. */
export function passageMatches(passage: Filterable, filter: ArgumentFilter): boolean {
  if (filter.role && passage.role !== filter.role) return false;
  if (filter.stance && passage.stance !== filter.stance) return false;
  return true;
}

/** The filter's document criteria: court, kind, dates. */
export function documentMatches(doc: GloseDocument, filter: ArgumentFilter): boolean {
  if (filter.court && doc.court !== filter.court) return false;
  if (filter.kind && doc.kind !== filter.kind) return false;
  if (filter.from || filter.to) {
    if (!doc.date) return false;
    if (filter.from && doc.date < filter.from) return false;
    // A bound `2025-04` or `2025` covers the whole month or year.
    if (filter.to && doc.date.slice(0, filter.to.length) > filter.to) return false;
  }
  return true;
}

export interface ArgumentGroup<P = Annotation> {
  document: GloseDocument;
  passages: P[];
}

/** Grouped by document, most recent decision first, passages in reading order within each. */
export function groupArguments(passages: readonly Annotation[], documents: ReadonlyMap<string, GloseDocument>, filter: ArgumentFilter): ArgumentGroup[] {
  return groupBy(passages, documents, filter, byPosition);
}

/** The same grouping and order for a tag list's entries (ties in position broken by id, as the stored rows would not say). */
export function groupListed(passages: readonly ListedPassage[], documents: ReadonlyMap<string, GloseDocument>, filter: ArgumentFilter): ArgumentGroup<ListedPassage>[] {
  return groupBy(passages, documents, filter, (a, b) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function groupBy<P extends Filterable>(passages: readonly P[], documents: ReadonlyMap<string, GloseDocument>, filter: ArgumentFilter, order: (a: P, b: P) => number): ArgumentGroup<P>[] {
  const groups = new Map<string, ArgumentGroup<P>>();
  for (const passage of passages) {
    const document = documents.get(passage.docId);
    if (!document || !matchesFilter(passage, document, filter)) continue;
    const group = groups.get(document.id);
    if (group) group.passages.push(passage);
    else groups.set(document.id, { document, passages: [passage] });
  }
  const list = [...groups.values()];
  for (const group of list) group.passages.sort(order);
  return list.sort((a, b) => compareArgumentDocuments(a.document, b.document));
}

/** The list's order of documents: most recent decision first, then by title. */
export function compareArgumentDocuments(a: GloseDocument, b: GloseDocument): number {
  return (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title) || a.id.localeCompare(b.id);
}

/** Passages within a document, in reading order. */
export const byPosition = (a: Annotation, b: Annotation): number => a.anchor.position.start - b.anchor.position.start;

/** The first `count` passages of the groups, in the list's order, as groups (for drawing a long list a screen at a time). */
export function firstPassages<P>(groups: readonly ArgumentGroup<P>[], count: number): ArgumentGroup<P>[] {
  const shown: ArgumentGroup<P>[] = [];
  let left = count;
  for (const group of groups) {
    if (left <= 0) break;
    shown.push(group.passages.length <= left ? group : { document: group.document, passages: group.passages.slice(0, left) });
    left -= group.passages.length;
  }
  return shown;
}

/** The courts present among documents, for the court filter. */
export function courtsOf(documents: Iterable<GloseDocument>): string[] {
  const courts = new Set<string>();
  for (const doc of documents) if (doc.court) courts.add(doc.court);
  return [...courts].sort((a, b) => a.localeCompare(b, 'fr'));
}

// Builds the argument list every format writes: passages selected, cited (point, page) and grouped by tag, document or role.
import { sortedBlocks } from '../anchor';
import { tagDisplayName, translate } from '../i18n';
import { formatPinpointCitation } from '../legal/citation';
import type { Annotation, Block, GloseDocument, PassageRole, Tag } from '../model';
import { readingOrder } from './groupByTag';
import { paragraphNumbers, passageParagraph } from './paragraphNumber';
import type { ExportFilters, ExportOptions, ExportScope } from './scope';
import { expandTags, selectPassages } from './select';

/** What the exporters read: the library or the part of it in scope. Blocks by document id. */
export interface ExportLibrary {
  documents: readonly GloseDocument[];
  blocks: ReadonlyMap<string, readonly Block[]>;
  passages: readonly Annotation[];
  tags: readonly Tag[];
}

export interface ExportEntry {
  passage: Annotation;
  document: GloseDocument;
  paragraph?: string;
  /** The page of a PDF or scan on which the passage starts. */
  page?: number;
  /** The pinpoint citation in the chosen style. */
  citation: string;
  /** The passage's tags known to the codebook, in codebook order. */
  tags: Tag[];
}

export interface ExportGroup {
  key: string;
  title: string;
  /** 0 for a top-level heading, 1 for a sub-tag under it, and so on. */
  depth: number;
  /** The document's citation, under a document heading. */
  subtitle?: string;
  entries: ExportEntry[];
}

export interface ArgumentList {
  title: string;
  options: ExportOptions;
  /** "Exported from Glose on 3 May 2025." */
  generated: string;
  groups: ExportGroup[];
  /** Each passage once, by document then reading order. */
  entries: ExportEntry[];
  /** The documents the entries come from, in the same order. */
  documents: GloseDocument[];
  missingDocument: number;
  /** The whole list's counts when this is a part of it (the dialog's preview), so the summary stays true. */
  totals?: { passages: number; documents: number };
  /** The codebook in order, for the formats that carry it (DOCX table of contents, REFI-QDA). */
  tags: Tag[];
  blocks: ReadonlyMap<string, readonly Block[]>;
}

export const ROLE_ORDER: readonly PassageRole[] = ['claimant', 'defence', 'reasoning', 'operative', 'commentary'];

/** Tags in codebook order: parents before children, siblings by their order, with their depth. */
export function codebookOrder(tags: readonly Tag[], lang: ExportOptions['lang']): Array<{ tag: Tag; depth: number }> {
  const ids = new Set(tags.map((tag) => tag.id));
  const children = new Map<string | null, Tag[]>();
  for (const tag of tags) {
    const parent = tag.parentId && ids.has(tag.parentId) && tag.parentId !== tag.id ? tag.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), tag]);
  }
  const collator = new Intl.Collator(lang);
  const out: Array<{ tag: Tag; depth: number }> = [];
  const seen = new Set<string>();
  const visit = (parent: string | null, depth: number) => {
    const list = [...(children.get(parent) ?? [])].sort(
      (a, b) => a.order - b.order || collator.compare(tagDisplayName(a, lang), tagDisplayName(b, lang)) || (a.id < b.id ? -1 : 1),
    );
    for (const tag of list) {
      if (seen.has(tag.id)) continue;
      seen.add(tag.id);
      out.push({ tag, depth });
      visit(tag.id, depth + 1);
    }
  };
  visit(null, 0);
  // A cycle (a hand-edited codebook) leaves tags unreached: they still count, at the top.
  for (const tag of tags) if (!seen.has(tag.id)) out.push({ tag, depth: 0 });
  return out;
}

/** Decisions in date order, then by title: the order a brief cites them in. */
function documentOrder(a: GloseDocument, b: GloseDocument): number {
  const byDate = (a.date ?? '').localeCompare(b.date ?? '');
  return byDate || a.title.localeCompare(b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function buildArgumentList(library: ExportLibrary, scope: ExportScope, filters: ExportFilters, options: ExportOptions): ArgumentList {
  const { lang, citationStyle } = options;
  const selection = selectPassages(library.passages, library.documents, library.tags, scope, filters);
  const ordered = codebookOrder(library.tags, lang);
  const rank = new Map(ordered.map(({ tag }, index) => [tag.id, index]));
  const numbersByDoc = new Map<string, { numbers: Map<string, string>; pages: Map<string, number> }>();
  const lookup = (docId: string) => {
    let found = numbersByDoc.get(docId);
    if (!found) {
      const blocks = library.blocks.get(docId) ?? [];
      const pages = new Map<string, number>();
      for (const block of sortedBlocks(blocks)) if (block.page !== undefined) pages.set(block.id, block.page);
      found = { numbers: paragraphNumbers(blocks), pages };
      numbersByDoc.set(docId, found);
    }
    return found;
  };
  const entries: ExportEntry[] = selection.kept.map(({ passage, document }) => {
    const { numbers, pages } = lookup(document.id);
    const paragraph = passageParagraph(passage, numbers);
    const page = pages.get(passage.anchor.start.blockId);
    const tags = [...new Set(passage.tagIds)]
      .filter((id) => rank.has(id))
      .sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0))
      .map((id) => ordered[rank.get(id) as number]!.tag);
    return { passage, document, paragraph, page, citation: formatPinpointCitation(document, paragraph, citationStyle, page), tags };
  });
  entries.sort((a, b) => documentOrder(a.document, b.document) || readingOrder(a.passage, b.passage));
  const documents = [...new Map(entries.map((entry) => [entry.document.id, entry.document])).values()];
  const generated = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: options.timeZone });
  return {
    title: options.title,
    options,
    generated: translate(lang, 'export.generated', { date: generated.format(options.now) }),
    groups: groupEntries(entries, ordered, filters, options),
    entries,
    documents,
    missingDocument: selection.missingDocument,
    tags: ordered.map(({ tag }) => tag),
    blocks: library.blocks,
  };
}

function groupEntries(entries: readonly ExportEntry[], ordered: Array<{ tag: Tag; depth: number }>, filters: ExportFilters, options: ExportOptions): ExportGroup[] {
  const { lang, citationStyle } = options;
  if (options.grouping === 'document') {
    const byDoc = new Map<string, ExportEntry[]>();
    for (const entry of entries) {
      const list = byDoc.get(entry.document.id);
      if (list) list.push(entry);
      else byDoc.set(entry.document.id, [entry]);
    }
    return [...byDoc.values()].map((list) => {
      const document = list[0]!.document;
      return { key: `doc:${document.id}`, title: document.title, subtitle: formatPinpointCitation(document, undefined, citationStyle), depth: 0, entries: list };
    });
  }
  if (options.grouping === 'role') {
    const roles: Array<PassageRole | 'none'> = [...ROLE_ORDER, 'none'];
    return roles
      .map((role) => ({ key: `role:${role}`, title: translate(lang, `role.${role}`), depth: 0, entries: entries.filter((entry) => (entry.passage.role ?? 'none') === role) }))
      .filter((group) => group.entries.length > 0);
  }
  // By tag: a passage appears under each of its tags; when the export is filtered by tags, only under those.
  const shown = filters.tagIds.length > 0 ? new Set(expandTags(filters.tagIds, ordered.map(({ tag }) => tag), filters.includeSubTags).flatMap((set) => [...set])) : null;
  const byTag = new Map<string, ExportEntry[]>();
  const untagged: ExportEntry[] = [];
  for (const entry of entries) {
    const ids = entry.tags.map((tag) => tag.id).filter((id) => !shown || shown.has(id));
    if (ids.length === 0) untagged.push(entry);
    for (const id of ids) {
      const list = byTag.get(id);
      if (list) list.push(entry);
      else byTag.set(id, [entry]);
    }
  }
  // A parent without passages of its own is still a heading when one of its sub-tags has some.
  const needed = new Set<string>();
  const parentOf = new Map(ordered.map(({ tag }) => [tag.id, tag.parentId ?? null]));
  for (const id of byTag.keys()) {
    let current: string | null = id;
    while (current && !needed.has(current)) {
      needed.add(current);
      current = parentOf.get(current) ?? null;
    }
  }
  const groups: ExportGroup[] = ordered
    .filter(({ tag }) => needed.has(tag.id))
    .map(({ tag, depth }) => ({ key: `tag:${tag.id}`, title: tagDisplayName(tag, lang) || tag.id, depth, entries: byTag.get(tag.id) ?? [] }));
  if (untagged.length > 0) groups.push({ key: 'untagged', title: translate(lang, 'export.untagged'), depth: 0, entries: untagged });
  return groups;
}

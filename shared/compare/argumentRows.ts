// The argument view's rows: one per codebook tag (sub-tags under their parent), A's and B's passages with that tag.
import { codebookTree } from '../codebook/tree';
import { paragraphNumbers, passageParagraph, readingOrder } from '../export';
import type { Annotation, Block, PassageRole, Stance, Tag } from '../model';

export interface ArgumentFilters {
  /** Only passages with this role; `'none'` for those with no role; undefined for all. */
  role?: PassageRole | 'none';
  stance?: Stance;
}

export interface ArgumentPassage {
  passage: Annotation;
  /** The legal paragraph number the passage is cited by. */
  paragraph?: string;
}

/** Where the argument is marked: in both decisions, in one only, or in neither (a tag unused by these two). */
export type Presence = 'both' | 'onlyA' | 'onlyB' | 'neither';

export interface ArgumentRow {
  tag: Tag;
  depth: number;
  a: ArgumentPassage[];
  b: ArgumentPassage[];
  presence: Presence;
}

export interface ArgumentRowsInput {
  tags: readonly Tag[];
  passagesA: readonly Annotation[];
  passagesB: readonly Annotation[];
  blocksA: readonly Block[];
  blocksB: readonly Block[];
  filters?: ArgumentFilters;
}

export function matchesFilters(passage: Annotation, filters: ArgumentFilters): boolean {
  if (filters.role !== undefined && (passage.role ?? 'none') !== filters.role) return false;
  // A passage never given a stance is one not decided yet.
  return filters.stance === undefined || (passage.stance ?? 'undecided') === filters.stance;
}

function byTag(passages: readonly Annotation[], blocks: readonly Block[], filters: ArgumentFilters): Map<string, ArgumentPassage[]> {
  const numbers = paragraphNumbers(blocks);
  const out = new Map<string, ArgumentPassage[]>();
  // An orphan is no longer found in the text: the reader lists it for review, not as an argument.
  const shown = passages.filter((p) => p.status !== 'orphan' && matchesFilters(p, filters)).sort(readingOrder);
  for (const passage of shown) {
    const paragraph = passageParagraph(passage, numbers);
    for (const tagId of new Set(passage.tagIds)) out.set(tagId, [...(out.get(tagId) ?? []), { passage, ...(paragraph ? { paragraph } : {}) }]);
  }
  return out;
}

export function argumentRows({ tags, passagesA, passagesB, blocksA, blocksB, filters = {} }: ArgumentRowsInput): ArgumentRow[] {
  const a = byTag(passagesA, blocksA, filters);
  const b = byTag(passagesB, blocksB, filters);
  return codebookTree(tags).map(({ tag, depth }) => {
    const inA = a.get(tag.id) ?? [];
    const inB = b.get(tag.id) ?? [];
    const presence: Presence = inA.length > 0 ? (inB.length > 0 ? 'both' : 'onlyA') : inB.length > 0 ? 'onlyB' : 'neither';
    return { tag, depth, a: inA, b: inB, presence };
  });
}

/** Whether either decision has a passage at all (before filters): without one the view has nothing to line up. */
export function hasArguments(passages: readonly Annotation[]): boolean {
  return passages.some((p) => p.status !== 'orphan' && p.tagIds.length > 0);
}

// The passages' places in the text, resolved once per passage version: tagging one passage re-resolves that one, not all 2,000.
import { useMemo } from 'react';
import type { Annotation, Block } from '../../../shared/model';
import { resolveAnchors, TextIndex, type ResolvedAnchor } from '../../../shared/anchor';
import type { PassageSpan } from '../../../shared/anchor/passageFragments';

/** A document's blocks never change, so a resolved anchor stays right until its passage is rewritten. */
interface Known {
  updatedAt: number;
  start: number;
  end: number;
  resolved: ResolvedAnchor;
}
const resolvedByIndex = new WeakMap<TextIndex, Map<string, Known>>();
// Compared field by field: opening a ruling checks 2,000 passages, and building a version string for each cost
// more than resolving them.
const current = (known: Known | undefined, p: Annotation): known is Known =>
  known !== undefined && known.updatedAt === p.updatedAt && known.start === p.anchor.position.start && known.end === p.anchor.position.end;

export function usePassageSpans(blocks: readonly Block[] | undefined, passages: readonly Annotation[] | undefined): { index: TextIndex | null; spans: PassageSpan[] } {
  // Built once per document and shared with tagging: joining 120,000 words again costs milliseconds.
  const index = useMemo(() => (blocks ? TextIndex.of(blocks) : null), [blocks]);
  const spans = useMemo<PassageSpan[]>(() => {
    if (!index || !passages) return [];
    let known = resolvedByIndex.get(index);
    if (!known) resolvedByIndex.set(index, (known = new Map()));
    // The first call resolves the whole batch in reading order, as before; later ones only the new or changed passages.
    const missing: Annotation[] = [];
    for (const p of passages) if (!current(known.get(p.id), p)) missing.push(p);
    const resolved = resolveAnchors(index, missing.map((p) => p.anchor));
    missing.forEach((p, i) => known.set(p.id, { updatedAt: p.updatedAt, start: p.anchor.position.start, end: p.anchor.position.end, resolved: resolved[i] as ResolvedAnchor }));
    const spans: PassageSpan[] = [];
    for (const passage of passages) {
      const r = known.get(passage.id)?.resolved;
      if (r && r.status !== 'orphan') spans.push({ id: passage.id, start: r.start, end: r.end });
    }
    return spans;
  }, [index, passages]);
  return { index, spans };
}

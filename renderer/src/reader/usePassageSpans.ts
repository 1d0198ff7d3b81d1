// The passages' places in the text, resolved once per passage version: tagging one passage re-resolves that one, not all 2,000.
import { useMemo } from 'react';
import type { Annotation, Block } from '../../../shared/model';
import { resolveAnchors, TextIndex, type ResolvedAnchor } from '../../../shared/anchor';
import type { PassageSpan } from '../../../shared/anchor/passageFragments';

/** A document's blocks never change, so a resolved anchor stays right until its passage is rewritten. */
const resolvedByIndex = new WeakMap<TextIndex, Map<string, { version: string; resolved: ResolvedAnchor }>>();
const versionOf = (p: Annotation) => `${p.updatedAt}:${p.anchor.position.start}:${p.anchor.position.end}`;

export function usePassageSpans(blocks: readonly Block[] | undefined, passages: readonly Annotation[] | undefined): { index: TextIndex | null; spans: PassageSpan[] } {
  // Built once per document and shared with tagging: joining 120,000 words again costs milliseconds.
  const index = useMemo(() => (blocks ? TextIndex.of(blocks) : null), [blocks]);
  const spans = useMemo<PassageSpan[]>(() => {
    if (!index || !passages) return [];
    let cache = resolvedByIndex.get(index);
    if (!cache) resolvedByIndex.set(index, (cache = new Map()));
    const known = cache;
    // The first call resolves the whole batch in reading order, as before; later ones only the new or changed passages.
    const versions = passages.map(versionOf);
    const missing: number[] = [];
    passages.forEach((p, i) => known.get(p.id)?.version !== versions[i] && missing.push(i));
    const resolved = resolveAnchors(index, missing.map((i) => passages[i]!.anchor));
    missing.forEach((at, i) => known.set(passages[at]!.id, { version: versions[at]!, resolved: resolved[i] as ResolvedAnchor }));
    const spans: PassageSpan[] = [];
    for (const passage of passages) {
      const r = known.get(passage.id)?.resolved;
      if (r && r.status !== 'orphan') spans.push({ id: passage.id, start: r.start, end: r.end });
    }
    return spans;
  }, [index, passages]);
  return { index, spans };
}

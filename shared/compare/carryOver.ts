// Carry-over: A's passages found again in B's text where B has no passage yet, ready to be written to B with A's tags and note.
import { anchorPassage, documentText, fuzzyMatchQuote, toTextIndex } from '../anchor';
import type { Annotation, Block } from '../model';

export interface CarryOverCandidate {
  /** The passage of A. */
  source: Annotation;
  /** The passage B would receive: A's tags, role and note, anchored in B's text. */
  passage: Annotation;
  /** True when B's text differs from A's quote (found fuzzily). */
  fuzzy: boolean;
}

export interface CarryOverInput {
  blocksA: readonly Block[];
  blocksB: readonly Block[];
  passagesA: readonly Annotation[];
  passagesB: readonly Annotation[];
  docIdB: string;
  newId: () => string;
  now: number;
}

/** The occurrence of `exact` nearest to `hint`, or -1. */
function nearestExact(text: string, exact: string, hint: number): number {
  let best = -1;
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    if (best < 0 || Math.abs(at - hint) < Math.abs(best - hint)) best = at;
    if (at > hint) break;
  }
  return best;
}

const overlaps = (p: Annotation, start: number, end: number) => p.anchor.position.start < end && start < p.anchor.position.end;

export function carryOverCandidates({ blocksA, blocksB, passagesA, passagesB, docIdB, newId, now }: CarryOverInput): CarryOverCandidate[] {
  const textA = documentText(blocksA);
  const indexB = toTextIndex(blocksB);
  const textB = documentText(blocksB);
  if (textB.trim() === '') return [];
  const existing = passagesB.filter((p) => p.status !== 'orphan');
  const taken: Array<{ start: number; end: number }> = [];
  const out: CarryOverCandidate[] = [];
  for (const source of passagesA) {
    if (source.status === 'orphan' || source.tagIds.length === 0) continue;
    const { quote, position } = source.anchor;
    // Where the passage would sit in B if the two texts ran in step.
    const hint = Math.round((position.start * textB.length) / Math.max(1, textA.length));
    let start = nearestExact(textB, quote.exact, hint);
    let end = start + quote.exact.length;
    let fuzzy = false;
    if (start < 0) {
      const match = fuzzyMatchQuote(textB, quote, hint);
      if (!match) continue;
      ({ start, end } = match);
      fuzzy = true;
    }
    if (existing.some((p) => overlaps(p, start, end)) || taken.some((t) => t.start < end && start < t.end)) continue;
    taken.push({ start, end });
    const anchor = anchorPassage(indexB, indexB.pointAt(start, 'start'), indexB.pointAt(end, 'end'));
    out.push({
      source,
      fuzzy,
      passage: {
        id: newId(),
        docId: docIdB,
        tagIds: [...source.tagIds],
        anchor,
        ...(source.role ? { role: source.role } : {}),
        // The court of B may have decided the argument otherwise: its stance is for the jurist to set.
        stance: 'undecided',
        ...(source.note ? { note: source.note } : {}),
        ...(source.noteState ? { noteState: source.noteState } : {}),
        status: 'anchored',
        createdAt: now,
        updatedAt: now,
      },
    });
  }
  return out;
}

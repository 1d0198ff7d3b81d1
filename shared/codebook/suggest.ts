// Tag suggestions for a whole document: each sentence whose words trigger a tag becomes a proposed passage.
import type { Block, BlockPoint, Tag } from '../model';
import { matchTags } from './lexicon';

export interface Suggestion {
  /** Stable within one run: block id, sentence start and tag. */
  key: string;
  tagId: string;
  words: string[];
  start: BlockPoint;
  end: BlockPoint;
  exact: string;
}

/** Sentences of a paragraph as [start, end) offsets, trimmed; a ruling's "5." or "Art. 1er" does not end one. */
export function sentenceRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const boundary = /(?<![0-9]|\b(?:art|pt|n°|al|cf|p|M|Mme|MM|L|R))[.!?;](?=\s+\p{Lu}|\s*$)/gu;
  let from = 0;
  const push = (to: number) => {
    let s = from;
    let e = to;
    while (s < e && /\s/u.test(text[s] ?? '')) s++;
    while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
    if (e > s) ranges.push([s, e]);
  };
  for (const match of text.matchAll(boundary)) {
    const to = (match.index ?? 0) + match[0].length;
    push(to);
    from = to;
  }
  push(text.length);
  return ranges;
}

/** Every (sentence, tag) the lexicon proposes, in reading order; tags already on an identical passage are skipped by the caller. */
export function suggestForDocument(blocks: readonly Block[], tags: readonly Tag[]): Suggestion[] {
  const out: Suggestion[] = [];
  for (const block of blocks) {
    if (block.type === 'heading' || block.section === 'header') continue;
    for (const [s, e] of sentenceRanges(block.text)) {
      const exact = block.text.slice(s, e);
      for (const match of matchTags(exact, tags)) {
        out.push({
          key: `${block.id}:${s}:${match.tagId}`,
          tagId: match.tagId,
          words: match.words,
          start: { blockId: block.id, offset: s },
          end: { blockId: block.id, offset: e },
          exact,
        });
      }
    }
  }
  return out;
}

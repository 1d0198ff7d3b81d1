import { describe, expect, it } from 'vitest';
import { matchTags, sentenceRanges, suggestForDocument } from '../../../shared/codebook';
import type { Block } from '../../../shared/model';
import { ALTERNATIVES, CLOUD, LIMIT, tags } from './fixtures';

describe('the suggestion lexicon', () => {
  it('proposes tags from French and English trigger words, ignoring case and accents', () => {
    expect(matchTags('un transfert aux AUTORITES americaines au titre du FISA', tags)[0]).toEqual({ tagId: CLOUD, words: ['FISA', 'autorités américaines'] });
    expect(matchTags('il n’existe aucune solution alternative prête', tags).map((m) => m.tagId)).toContain(ALTERNATIVES);
    expect(matchTags('the authorisation lasts three years', tags).map((m) => m.tagId)).toContain(LIMIT);
    expect(matchTags('Le juge statue.', tags)).toEqual([]);
  });

  it('uses the user’s own trigger words once a tag has them', () => {
    const own = tags.map((t) => (t.id === CLOUD ? { ...t, triggers: ['Patriot Act'] } : t));
    expect(matchTags('le Patriot Act', own).map((m) => m.tagId)).toEqual([CLOUD]);
    expect(matchTags('le Cloud Act', own).map((m) => m.tagId)).toEqual([]);
  });

  it('splits sentences without cutting at paragraph numbers or article references', () => {
    const text = 'Aux termes de l’art. 6 du code, la règle vaut. Le Cloud Act est en cause. Fin';
    expect(sentenceRanges(text).map(([s, e]) => text.slice(s, e))).toEqual(['Aux termes de l’art. 6 du code, la règle vaut.', 'Le Cloud Act est en cause.', 'Fin']);
  });

  it('proposes one passage per sentence and tag for the whole document', () => {
    const blocks: Block[] = [{ id: 'b1', docId: 'd', order: 0, type: 'paragraph', text: 'Rien ici. Le Cloud Act est en cause pour trois ans.' }];
    const found = suggestForDocument(blocks, tags);
    expect(found.map((s) => [s.tagId, s.exact, s.start.offset, s.end.offset])).toEqual([
      [CLOUD, 'Le Cloud Act est en cause pour trois ans.', 10, 51],
      [LIMIT, 'Le Cloud Act est en cause pour trois ans.', 10, 51],
    ]);
  });
});

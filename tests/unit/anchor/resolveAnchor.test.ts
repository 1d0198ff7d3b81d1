import { describe, expect, it } from 'vitest';
import { anchorPassage, documentText, resolveAnchor, resolveAnchors, TextIndex, type ResolvedAnchor } from '../../../shared/anchor';
import type { Anchor, Block } from '../../../shared/model';
import { makeBlocks, RULING_TEXTS, rulingBlocks } from './fixtures';

const blocks = rulingBlocks();

/** Anchors `phrase` (the first occurrence after `after`) in the block `blockId`. */
function anchorPhrase(source: Block[], blockId: string, phrase: string, after = 0): Anchor {
  const block = source.find((b) => b.id === blockId)!;
  const at = block.text.indexOf(phrase, after);
  if (at < 0) throw new Error(`"${phrase}" is not in ${blockId}`);
  return anchorPassage(source, { blockId, offset: at }, { blockId, offset: at + phrase.length });
}

function textOf(source: Block[], resolved: ResolvedAnchor): string {
  if (resolved.status === 'orphan') throw new Error('orphan');
  return documentText(source).slice(resolved.position.start, resolved.position.end);
}

describe('resolveAnchor on the same text', () => {
  it('round-trips: an anchor resolves to the points it was made from', () => {
    const selections: Array<[string, number, string, number]> = [
      ['b0', 0, 'b0', 7],
      ['b3', 10, 'b3', 60],
      ['b4', 5, 'b6', 12],
      ['b6', 0, 'b7', RULING_TEXTS[7]!.length],
    ];
    for (const [startId, startOffset, endId, endOffset] of selections) {
      const anchor = anchorPassage(blocks, { blockId: startId, offset: startOffset }, { blockId: endId, offset: endOffset });
      expect(resolveAnchor(blocks, anchor)).toEqual({
        status: 'anchored',
        start: anchor.start,
        end: anchor.end,
        position: anchor.position,
      });
    }
  });

  it('trusts valid block points over a stale position, and a valid position over stale points', () => {
    const anchor = anchorPhrase(blocks, 'b5', 'condition d’urgence');
    const stalePosition = { ...anchor, position: { start: 0, end: 19 } };
    expect(resolveAnchor(blocks, stalePosition)).toMatchObject({ status: 'anchored', start: anchor.start, end: anchor.end });
    const stalePoints = { ...anchor, start: { blockId: 'gone', offset: 3 }, end: { blockId: 'gone', offset: 22 } };
    expect(resolveAnchor(blocks, stalePoints)).toMatchObject({ status: 'anchored', start: anchor.start, position: anchor.position });
  });

  it('reports an empty quote or a document without blocks as orphan', () => {
    const anchor = anchorPhrase(blocks, 'b5', 'instruction');
    expect(resolveAnchor(blocks, { ...anchor, quote: { exact: '', prefix: '', suffix: '' } })).toEqual({ status: 'orphan' });
    expect(resolveAnchor([], anchor)).toEqual({ status: 'orphan' });
  });
});

describe('resolveAnchor on a new version of the text', () => {
  const phrase = 'la condition d’urgence n’est pas remplie';

  it('finds the passage by its quote after a paragraph was inserted before it', () => {
    const anchor = anchorPhrase(blocks, 'b5', phrase);
    const inserted = 'Vu les autres pièces du dossier ;';
    const next = makeBlocks([...RULING_TEXTS.slice(0, 3), inserted, ...RULING_TEXTS.slice(3)], 'v');
    const resolved = resolveAnchor(next, anchor);
    const offset = RULING_TEXTS[5]!.indexOf(phrase);
    expect(resolved).toEqual({
      status: 'anchored',
      start: { blockId: 'v6', offset },
      end: { blockId: 'v6', offset: offset + phrase.length },
      position: { start: anchor.position.start + inserted.length + 1, end: anchor.position.end + inserted.length + 1 },
    });
  });

  it('marks a passage edited inside as drifted, with the span of the new wording', () => {
    const anchor = anchorPhrase(blocks, 'b5', phrase);
    // The corrected version uses straight apostrophes and a stronger wording. Point "Ils
    // soutiennent que la condition d’urgence est remplie" is now fewer edits away from the
    // quote than the passage itself: the prefix and suffix must win it back.
    const edited = RULING_TEXTS[5]!.replace('d’urgence n’est pas remplie', "d'urgence n'est pas du tout remplie");
    const next = makeBlocks(RULING_TEXTS.map((text, i) => (i === 5 ? edited : text)), 'v');
    const resolved = resolveAnchor(next, anchor);
    expect(resolved.status).toBe('drifted');
    expect(textOf(next, resolved)).toBe("la condition d'urgence n'est pas du tout remplie");
    expect(resolved).toMatchObject({ start: { blockId: 'v5', offset: anchor.start.offset } });
  });

  it('marks a passage whose paragraph was deleted as orphan', () => {
    const anchor = anchorPhrase(blocks, 'b6', 'il n’existe pas d’alternative européenne disponible');
    const next = makeBlocks(RULING_TEXTS.filter((_, i) => i !== 6), 'v');
    expect(resolveAnchor(next, anchor)).toEqual({ status: 'orphan' });
  });

  it('tells a repeated phrase apart by its prefix and suffix rather than by nearness', () => {
    // In the new version the phrase also opens a long new paragraph placed just before the
    // passage, so that copy is nearer the old position than the passage itself.
    const anchor = anchorPhrase(blocks, 'b5', phrase);
    const decoy = `En l’espèce, ${phrase}, faute pour les requérants d’établir un préjudice ${'grave et immédiat '.repeat(6)}.`;
    const next = makeBlocks([...RULING_TEXTS.slice(0, 5), decoy, ...RULING_TEXTS.slice(5)], 'v');
    const resolved = resolveAnchor(next, anchor);
    const text = documentText(next);
    const decoyAt = text.indexOf(phrase);
    const rightAt = text.indexOf(phrase, decoyAt + 1);
    expect(Math.abs(decoyAt - anchor.position.start)).toBeLessThan(Math.abs(rightAt - anchor.position.start));
    expect(resolved).toMatchObject({ status: 'anchored', start: { blockId: 'v6' }, position: { start: rightAt } });
  });

  it('takes the occurrence nearest the old position when the context cannot decide', () => {
    const paragraph = 'Le moyen tiré de la méconnaissance du RGPD doit être écarté.';
    const old = makeBlocks(['Introduction.', paragraph, paragraph, paragraph, 'Fin.']);
    const anchor = anchorPhrase(old, 'b2', 'méconnaissance du RGPD');
    const next = makeBlocks(['Introduction plus longue.', paragraph, paragraph, paragraph, 'Fin.'], 'v');
    expect(resolveAnchor(next, anchor)).toMatchObject({ status: 'anchored', start: { blockId: 'v2' } });
  });

  it('finds a long passage edited in the middle or at its start as drifted', () => {
    const long = makeBlocks([
      'Sur l’urgence :',
      'Il résulte de l’instruction que les données de santé hébergées par la plateforme sont susceptibles, en application du droit américain, de faire l’objet de demandes d’accès des autorités des États-Unis, et que ce risque doit être apprécié au regard des garanties apportées.',
      'Par ces motifs, la requête est rejetée.',
    ]);
    const anchor = anchorPassage(long, { blockId: 'b1', offset: 0 }, { blockId: 'b1', offset: long[1]!.text.length });
    expect(anchor.quote.exact.length).toBeGreaterThan(200);

    const middle = long[1]!.text.replace('en application du droit américain', 'en vertu du droit américain');
    const editedMiddle = makeBlocks(['Sur l’urgence :', middle, 'Par ces motifs, la requête est rejetée.'], 'm');
    const resolvedMiddle = resolveAnchor(editedMiddle, anchor);
    expect(resolvedMiddle.status).toBe('drifted');
    expect(textOf(editedMiddle, resolvedMiddle)).toBe(middle);

    const start = long[1]!.text.replace('Il résulte de l’instruction que', 'Il ressort du dossier que');
    const editedStart = makeBlocks(['Sur l’urgence :', start, 'Par ces motifs, la requête est rejetée.'], 's');
    const resolvedStart = resolveAnchor(editedStart, anchor);
    expect(resolvedStart).toMatchObject({ status: 'drifted', start: { blockId: 's1' }, end: { blockId: 's1', offset: start.length } });
  });

  it('follows an edited passage moved far away rather than a lookalike left near its old place', () => {
    const filler = (seed: string, count: number): string[] =>
      Array.from({ length: count }, (_, i) => `${seed} ${i} : considération de procédure sans rapport avec le litige, numéro ${i * 7}.`);
    const passage = 'le transfert des données vers un pays tiers n’offre pas de garanties suffisantes';
    const old = makeBlocks(['Le juge relève que', `${passage} au sens du RGPD.`, ...filler('A', 150), 'Fin.']);
    const anchor = anchorPhrase(old, 'b1', passage);
    const lookalike = 'le transfert des dossiers vers un pays voisin n’offre pas de garanties identiques';
    const moved = 'le transfert des données vers un pays tiers n’offre pas de garanties suffisantes';
    const next = makeBlocks(
      ['Préambule sans rapport', `${lookalike} pour les archives.`, ...filler('A', 150), 'Le juge relève que', `${moved.replace('tiers', 'tiers,')} au sens du RGPD.`, 'Fin.'],
      'v',
    );
    const text = documentText(next);
    expect(text.indexOf(moved.replace('tiers', 'tiers,'))).toBeGreaterThan(10_000);
    const resolved = resolveAnchor(next, anchor);
    expect(resolved).toMatchObject({ status: 'drifted', start: { blockId: 'v153', offset: 0 } });
    expect(textOf(next, resolved)).toBe(moved.replace('tiers', 'tiers,'));
  });
});

describe('resolveAnchors on a long document', () => {
  /** A deterministic pseudo-random French-looking text, so that quotes are not all alike. */
  function generate(paragraphs: number, wordsPerParagraph: number): string[] {
    const words = ['juge', 'référés', 'données', 'santé', 'hébergement', 'requête', 'urgence', 'article', 'code', 'justice',
      'administrative', 'ministre', 'plateforme', 'transfert', 'garanties', 'européenne', 'autorité', 'contrôle', 'décision',
      'suspension', 'moyen', 'doute', 'sérieux', 'légalité', 'contrat', 'prestataire', 'souveraineté', 'protection', 'risque',
      'accès', 'le', 'la', 'les', 'des', 'du', 'de', 'que', 'qui', 'par', 'pour', 'sur', 'dans', 'il', 'est', 'sont', 'a', 'ont', 'et'];
    // mulberry32: a plain LCG in floating point loses precision and soon repeats whole paragraphs.
    let state = 42;
    const next = (): number => {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return (t ^ (t >>> 14)) >>> 0;
    };
    return Array.from({ length: paragraphs }, (_, p) => {
      const body = Array.from({ length: wordsPerParagraph }, () => words[next() % words.length]!).join(' ');
      return `${p + 1}. ${body}.`;
    });
  }

  it('re-anchors 2,000 passages in a 120,000-word ruling after a paragraph is inserted and some are edited', () => {
    const texts = generate(6_000, 20);
    const old = makeBlocks(texts);
    expect(documentText(old).split(' ').length).toBeGreaterThanOrEqual(120_000);
    const oldIndex = TextIndex.of(old);
    const anchors = Array.from({ length: 2_000 }, (_, i) => {
      const blockId = `b${i * 3}`;
      const length = old[i * 3]!.text.length;
      return anchorPassage(oldIndex, { blockId, offset: 3 }, { blockId, offset: Math.min(length, 3 + 60 + (i % 50)) });
    });

    // Unchanged text: everything is found where it was.
    const same = resolveAnchors(old, anchors);
    same.forEach((resolved, i) => {
      expect(resolved).toEqual({ status: 'anchored', start: anchors[i]!.start, end: anchors[i]!.end, position: anchors[i]!.position });
    });

    // New version: a paragraph inserted at the top, and one anchored paragraph in 100 reworded.
    const edited = (i: number): boolean => i % 100 === 0;
    const reword = (text: string): string => `${text.slice(0, 20)}bien ${text.slice(20)}`;
    const newTexts = ['Version consolidée.', ...texts.map((text, p) => (p % 3 === 0 && edited(p / 3) ? reword(text) : text))];
    const next = makeBlocks(newTexts, 'v');
    const resolved = resolveAnchors(next, anchors);
    resolved.forEach((result, i) => {
      expect(result.status, `passage ${i}: ${JSON.stringify(anchors[i]!.quote)} ${JSON.stringify(result)}`).toBe(edited(i) ? "drifted" : "anchored");
      expect(result).toMatchObject({ start: { blockId: `v${i * 3 + 1}` }, end: { blockId: `v${i * 3 + 1}` } });
      if (!edited(i)) expect(result).toMatchObject({ start: { offset: 3 }, end: { offset: anchors[i]!.end.offset } });
    });
  });
});

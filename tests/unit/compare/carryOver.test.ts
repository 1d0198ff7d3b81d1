// Carry-over: A's passages found in B (exactly or fuzzily) where B has none, with A's tags, role and note.
import { describe, expect, it } from 'vitest';
import { documentText, resolveAnchor } from '../../../shared/anchor';
import { carryOverCandidates } from '../../../shared/compare';
import { blocksOf, passageOn, TEXTS_2024, TEXTS_2025 } from './fixtures';

const blocksA = blocksOf(TEXTS_2024, 'a');
const blocksB = blocksOf(TEXTS_2025, 'b');
let n = 0;
const input = { blocksA, blocksB, docIdB: 'b', newId: () => `new-${++n}`, now: 42 };

describe('carryOverCandidates', () => {
  const claim = passageOn(blocksA, 'expose celles-ci aux demandes fondées sur le Cloud Act', ['cloud'], { role: 'claimant', stance: 'rejected', note: 'Risque d’accès', id: 'a1' });
  const keys = passageOn(blocksA, 'chiffrées au moyen de clés détenues par la Plateforme', ['security'], { id: 'a2' });
  const gone = passageOn(blocksA, 'Aux termes de l’article L. 521-1', [], { id: 'a3' });

  it('finds a passage at its new place in B, anchored there with A’s tags, role and note, stance left to decide', () => {
    const [candidate, ...rest] = carryOverCandidates({ ...input, passagesA: [claim], passagesB: [] });
    expect(rest).toEqual([]);
    expect(candidate?.fuzzy).toBe(false);
    expect(candidate?.passage).toMatchObject({ docId: 'b', tagIds: ['cloud'], role: 'claimant', stance: 'undecided', note: 'Risque d’accès', status: 'anchored', createdAt: 42 });
    const resolved = resolveAnchor(blocksB, candidate!.passage.anchor);
    expect(resolved.status).toBe('anchored');
    const text = documentText(blocksB);
    expect(text.slice(candidate!.passage.anchor.position.start, candidate!.passage.anchor.position.end)).toBe(claim.anchor.quote.exact);
  });

  it('finds an edited passage fuzzily (B wrote “la seule Plateforme”)', () => {
    const [candidate] = carryOverCandidates({ ...input, passagesA: [keys], passagesB: [] });
    expect(candidate?.fuzzy).toBe(true);
    const { start, end } = candidate!.passage.anchor.position;
    expect(documentText(blocksB).slice(start, end)).toContain('la seule Plateforme');
  });

  it('offers nothing where B already has a passage, nor for an untagged passage', () => {
    const existing = passageOn(blocksB, 'demandes fondées sur le Cloud Act', ['other'], { id: 'b1' });
    expect(carryOverCandidates({ ...input, passagesA: [claim, gone], passagesB: [existing] })).toEqual([]);
  });

  it('offers nothing when the passage is not in B at all', () => {
    const only2024 = passageOn(blocksA, 'La requête est rejetée.', ['operative'], { id: 'a4' });
    const blocksBWithout = blocksOf(TEXTS_2025.slice(0, -1), 'b');
    expect(carryOverCandidates({ ...input, blocksB: blocksBWithout, passagesA: [only2024], passagesB: [] })).toEqual([]);
  });
});

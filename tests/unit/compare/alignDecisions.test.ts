// Alignment and pairing on crafted decisions: identical, renumbered, changed, added, removed, moved, split.
import { describe, expect, it } from 'vitest';
import { alignDecisions, type AlignedRow, type CompareParagraph } from '../../../shared/compare';

const P1 = "1. Aux termes de l'article L. 521-1 du code de justice administrative, le juge des référés peut ordonner la suspension.";
const P2 = "2. Il résulte de l'instruction que les données sont pseudonymisées et chiffrées au moyen de clés détenues par la Plateforme.";
const P3 = '3. La société Microsoft Ireland Operations Limited est susceptible de recevoir des demandes fondées sur le Cloud Act américain.';
const P4 = "4. Aucun prestataire établi dans l'Union européenne n'est en mesure d'héberger un entrepôt de cette taille.";
const P5 = "5. Eu égard aux garanties mentionnées au point précédent, la condition d'urgence ne peut être regardée comme remplie.";

const doc = (...texts: string[]): CompareParagraph[] => texts.map((text, i) => ({ id: `p${i}`, text }));
const kinds = (rows: readonly AlignedRow[]) => rows.map((row) => row.kind);

describe('alignDecisions', () => {
  it('finds two identical decisions identical', () => {
    const result = alignDecisions(doc(P1, P2, P3), doc(P1, P2, P3));
    expect(kinds(result.rows)).toEqual(['identical', 'identical', 'identical']);
    expect(result.summary).toMatchObject({ identical: 3, changed: 0, added: 0, removed: 0, wordsAdded: 0, wordsRemoved: 0 });
  });

  it('treats renumbered points as identical text, flagged as renumbered', () => {
    const inserted = "2. Le juge des référés a été saisi d'une requête nouvelle portant sur la durée de l'autorisation accordée.";
    const b = doc(P1, inserted, P2.replace(/^2\./, '3.'), P3.replace(/^3\./, '4.'));
    const result = alignDecisions(doc(P1, P2, P3), b);
    expect(kinds(result.rows)).toEqual(['identical', 'added', 'identical', 'identical']);
    expect(result.rows[2]).toMatchObject({ kind: 'identical', a: 1, b: 2, renumbered: true });
    expect(result.summary).toMatchObject({ identical: 3, renumbered: 2, added: 1, changed: 0 });
  });

  it('uses the imported paragraph number when the text carries none', () => {
    const a: CompareParagraph[] = [{ id: 'a', text: 'Considérant que la requête est recevable.', number: '7' }];
    const b: CompareParagraph[] = [{ id: 'b', text: 'Considérant que la requête est recevable.', number: '8' }];
    expect(alignDecisions(a, b).rows).toEqual([{ kind: 'identical', a: 0, b: 0, renumbered: true }]);
  });

  it('pairs an edited paragraph with its old self and diffs its words', () => {
    const edited = P3.replace('susceptible de recevoir', 'tenue de satisfaire');
    const result = alignDecisions(doc(P1, P2, P3, P4), doc(P1, P2, edited, P4));
    expect(kinds(result.rows)).toEqual(['identical', 'identical', 'changed', 'identical']);
    const row = result.rows[2] as Extract<AlignedRow, { kind: 'changed' }>;
    expect(row.a).toEqual([2]);
    expect(row.b).toEqual([2]);
    expect(row.diff.filter((p) => p.op === 'delete').map((p) => p.text.trim())).toEqual(['susceptible de recevoir']);
    expect(row.diff.filter((p) => p.op === 'insert').map((p) => p.text.trim())).toEqual(['tenue de satisfaire']);
    expect(result.summary).toMatchObject({ changed: 1, wordsAdded: 3, wordsRemoved: 3 });
  });

  it('pairs a short line rewritten in place (the date of the reading) rather than calling it removed and added', () => {
    const result = alignDecisions(doc(P1, 'Lecture du mardi 12 mars 2024', P2), doc(P1, 'Lecture du vendredi 25 avril 2025', P2));
    expect(kinds(result.rows)).toEqual(['identical', 'changed', 'identical']);
    const unrelated = alignDecisions(doc(P1, 'Vu les autres pièces du dossier ;', P2), doc(P1, 'Après avoir convoqué les parties à une audience publique', P2));
    expect(kinds(unrelated.rows)).toEqual(['identical', 'removed', 'added', 'identical']);
    // Long paragraphs share function words: in place or not, unrelated ones are not paired.
    const other = "6. Il n'y a pas lieu, dans les circonstances de l'espèce, de mettre à la charge de l'Etat la somme demandée par les requérants au titre de l'article L. 761-1 du code.";
    expect(kinds(alignDecisions(doc(P1, P2, P5), doc(P1, other, P5)).rows)).toEqual(['identical', 'removed', 'added', 'identical']);
  });

  it('reports added and removed paragraphs that resemble nothing on the other side', () => {
    const added = 'O R D O N N E : la requête de l’association est rejetée.';
    const result = alignDecisions(doc(P1, P2, P3), doc(P1, P3, added));
    expect(kinds(result.rows)).toEqual(['identical', 'removed', 'identical', 'added']);
    expect(result.summary.removed).toBe(1);
    expect(result.summary.added).toBe(1);
    expect(result.summary.wordsAdded).toBeGreaterThan(5);
  });

  it('recognises a moved paragraph rather than a removal and an addition', () => {
    const result = alignDecisions(doc(P1, P2, P3, P4, P5), doc(P1, P3, P4, P5, P2));
    expect(kinds(result.rows)).toEqual(['identical', 'movedOut', 'identical', 'identical', 'identical', 'movedIn']);
    expect(result.rows[1]).toEqual({ kind: 'movedOut', a: 1, to: 4 });
    expect(result.rows[5]).toEqual({ kind: 'movedIn', b: 4, from: 1, diff: null });
    expect(result.summary).toMatchObject({ moved: 1, added: 0, removed: 0, wordsAdded: 0 });
  });

  it('recognises a moved and edited paragraph, with its word diff', () => {
    const movedEdited = P2.replace('pseudonymisées', 'anonymisées');
    const result = alignDecisions(doc(P1, P2, P3, P4, P5), doc(P1, P3, P4, P5, movedEdited));
    const movedIn = result.rows.find((row) => row.kind === 'movedIn');
    expect(movedIn).toMatchObject({ kind: 'movedIn', from: 1, b: 4 });
    expect(movedIn?.kind === 'movedIn' && movedIn.diff?.filter((p) => p.op !== 'equal')).toEqual([
      { op: 'delete', text: 'pseudonymisées' },
      { op: 'insert', text: 'anonymisées' },
    ]);
  });

  it('pairs a paragraph split in two with both of its pieces', () => {
    const first = "2. Il résulte de l'instruction que les données sont pseudonymisées et chiffrées.";
    const second = 'Ces données sont chiffrées au moyen de clés détenues par la Plateforme.';
    const result = alignDecisions(doc(P1, P2, P3), doc(P1, first, second, P3));
    expect(kinds(result.rows)).toEqual(['identical', 'changed', 'identical']);
    expect(result.rows[1]).toMatchObject({ kind: 'changed', a: [1], b: [1, 2] });
  });

  it('pairs two paragraphs merged into one', () => {
    const merged = `${P4} ${P5.replace(/^5\. /, '')}`;
    const result = alignDecisions(doc(P1, P4, P5, P3), doc(P1, merged, P3));
    expect(kinds(result.rows)).toEqual(['identical', 'changed', 'identical']);
    expect(result.rows[1]).toMatchObject({ kind: 'changed', a: [1, 2], b: [1] });
  });

  it('keeps paired paragraphs in reading order among additions and removals', () => {
    const edited = P4.replace('de cette taille', 'de cette ampleur');
    const result = alignDecisions(doc(P1, P2, P4, P5), doc(P1, 'Un paragraphe entièrement nouveau sur la compétence du juge.', edited, P5));
    expect(kinds(result.rows)).toEqual(['identical', 'removed', 'added', 'changed', 'identical']);
  });

  it('handles empty sides', () => {
    expect(alignDecisions([], []).rows).toEqual([]);
    expect(kinds(alignDecisions(doc(P1), []).rows)).toEqual(['removed']);
    expect(kinds(alignDecisions([], doc(P1)).rows)).toEqual(['added']);
  });

  it('reports its progress', () => {
    const phases = new Set<string>();
    alignDecisions(doc(P1, P2), doc(P1, P2.replace('chiffrées', 'cryptées')), { onProgress: (p) => phases.add(p.phase) });
    expect([...phases]).toEqual(['aligning', 'pairing', 'diffing']);
  });
});

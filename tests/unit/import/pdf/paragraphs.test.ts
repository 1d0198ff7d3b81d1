// Lines → paragraphs: where a paragraph ends, what a block keeps (page, confidence), headings.
import { describe, expect, it } from 'vitest';
import { linesToBlocks } from '../../../../shared/import/pdf';
import { bodyLine, LEADING } from './helpers';

const texts = (blocks: { text: string }[]) => blocks.map((block) => block.text);

describe('linesToBlocks', () => {
  it('runs justified lines into one paragraph and ends it at a short line', () => {
    const blocks = linesToBlocks([
      bodyLine('1. Aux termes du premier alinéa de l’article L. 521-1 du code de justice', 100),
      bodyLine('administrative, le juge des référés peut ordonner la suspension de la', 100 + LEADING),
      bodyLine('décision.', 100 + 2 * LEADING, { short: true }),
      bodyLine('Il résulte de l’instruction que les données sont chiffrées au moyen de', 100 + 3 * LEADING),
      bodyLine('clés détenues par la Plateforme.', 100 + 4 * LEADING, { short: true }),
    ]);
    expect(texts(blocks)).toEqual([
      '1. Aux termes du premier alinéa de l’article L. 521-1 du code de justice administrative, le juge des référés peut ordonner la suspension de la décision.',
      'Il résulte de l’instruction que les données sont chiffrées au moyen de clés détenues par la Plateforme.',
    ]);
  });

  it('breaks at a wider gap between lines, even after a full line', () => {
    const blocks = linesToBlocks([
      bodyLine('Par un mémoire en défense, enregistré le 17 avril 2025, la Commission', 100),
      bodyLine('nationale conclut au rejet de la requête et soutient que les moyens soulevés', 100 + LEADING),
      bodyLine('Par des observations, enregistrées le 18 avril 2025, le groupement', 100 + 2 * LEADING + 10),
      bodyLine('conclut au rejet.', 100 + 3 * LEADING + 10, { short: true }),
    ]);
    expect(blocks).toHaveLength(2);
  });

  it('breaks at a first-line indent, but not in a paragraph that hangs from a dash or number', () => {
    const indented = linesToBlocks([
      bodyLine('la condition d’urgence est remplie dès lors que la délibération permet', 100),
      bodyLine('En deuxième lieu, il résulte de l’instruction que aucun prestataire établi', 100 + LEADING, { x0: 90 }),
      bodyLine('dans l’Union n’est en mesure d’héberger l’entrepôt.', 100 + 2 * LEADING, { short: true }),
    ]);
    expect(indented).toHaveLength(2);
    const hanging = linesToBlocks([
      bodyLine('- elle méconnaît les articles 44 et 48 du règlement général sur la protection', 100),
      bodyLine('des données dès lors que la société est soumise au Cloud Act ;', 100 + LEADING, { x0: 76, short: true }),
    ]);
    expect(hanging).toHaveLength(1);
  });

  it('starts a block at a dash, a claim, a numbered point or an article of the operative part', () => {
    const blocks = linesToBlocks([
      bodyLine('Ils soutiennent que la délibération méconnaît le règlement et que la CNIL', 100),
      bodyLine('- la condition d’urgence est remplie ;', 100 + LEADING, { short: true }),
      bodyLine('1°) de suspendre l’exécution de la délibération contestée et de la décision', 100 + 2 * LEADING),
      bodyLine('7. En troisième lieu, l’autorisation accordée est limitée à trois ans et la', 100 + 3 * LEADING),
      bodyLine('Article 1er : La requête est rejetée.', 100 + 4 * LEADING, { short: true }),
    ]);
    expect(blocks.map((block) => block.text.slice(0, 6))).toEqual(['Ils so', '- la c', '1°) de', '7. En ', 'Articl']);
  });

  it('keeps short lines of a header as separate blocks', () => {
    const blocks = linesToBlocks([
      bodyLine('Conseil d’État', 80, { short: true }),
      bodyLine('N° 503163', 80 + LEADING, { short: true }),
      bodyLine('Lecture du vendredi 25 avril 2025', 80 + 2 * LEADING, { short: true }),
    ]);
    expect(texts(blocks)).toEqual(['Conseil d’État', 'N° 503163', 'Lecture du vendredi 25 avril 2025']);
  });

  it('runs a paragraph on across a page break and keeps the page it starts on', () => {
    const blocks = linesToBlocks([
      bodyLine('Short opening line.', 700, { short: true }),
      bodyLine('5. Toutefois, il résulte de l’instruction que les données versées dans', 740, { page: 1 }),
      bodyLine('l’entrepôt sont pseudo-', 754, { page: 1 }),
      bodyLine('nymisées et chiffrées.', 90, { page: 2, flow: 1, short: true }),
    ]);
    expect(blocks.map((block) => [block.page, block.text])).toEqual([
      [1, 'Short opening line.'],
      [1, '5. Toutefois, il résulte de l’instruction que les données versées dans l’entrepôt sont pseudonymisées et chiffrées.'],
    ]);
  });

  it('drops rule lines and makes larger text a heading', () => {
    const title = { ...bodyLine('ORDONNANCE', 60, { short: true }), fontSize: 18 };
    const blocks = linesToBlocks([
      title,
      bodyLine('O R D O N N E :', 100, { short: true }),
      bodyLine('------------------', 100 + LEADING, { short: true }),
      bodyLine('Article 1er : La requête est rejetée.', 100 + 2 * LEADING, { short: true }),
    ]);
    expect(blocks.map((block) => [block.type, block.text])).toEqual([
      ['heading', 'ORDONNANCE'],
      ['paragraph', 'O R D O N N E :'],
      ['paragraph', 'Article 1er : La requête est rejetée.'],
    ]);
    expect(blocks[0]?.level).toBe(1);
    // A recognised line that looks large (speckles, skew) is no heading.
    expect(linesToBlocks([{ ...title, confidence: 40 }])[0]?.type).toBe('paragraph');
  });

  it('gives recognised paragraphs the confidence of their characters', () => {
    const blocks = linesToBlocks([
      { ...bodyLine('Il résulte de l’instruction que les données versées dans l’entrepôt', 100), confidence: 90 },
      { ...bodyLine('sont chiffrées.', 100 + LEADING, { short: true }), confidence: 40 },
      bodyLine('Texte lu dans la couche texte.', 100 + 3 * LEADING, { short: true }),
    ]);
    // (90 × 68 + 40 × 15) / 83 ≈ 81
    expect(blocks[0]?.ocrConfidence).toBe(81);
    expect(blocks[1]).not.toHaveProperty('ocrConfidence');
  });

  it('replaces typographic ligatures', () => {
    expect(linesToBlocks([bodyLine('le ﬁchier oﬃciel', 100, { short: true })])[0]?.text).toBe('le fichier officiel');
  });
});

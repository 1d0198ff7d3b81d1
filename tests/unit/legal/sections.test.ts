// Sections of a ruling: header, procedure, arguments, reasoning, operative part.
import { describe, expect, it } from 'vitest';
import { detectParagraphNumbers, detectSections } from '../../../shared/legal';
import type { DraftBlock, Section } from '../../../shared/model';

const sectionsOf = (...texts: string[]): (Section | undefined)[] =>
  detectSections(detectParagraphNumbers(texts.map((text): DraftBlock => ({ type: 'paragraph', text })))).map((block) => block.section);

describe('detectSections', () => {
  it('follows a modern order from header to operative part', () => {
    expect(
      sectionsOf(
        "Conseil d'État",
        'Vu la procédure suivante :',
        '1°) de suspendre…',
        'Ils soutiennent que :',
        '- la condition d’urgence est remplie ;',
        'Par un mémoire en défense, la CNIL conclut au rejet. Elle soutient que les moyens ne sont pas fondés.',
        '- aucun moyen n’est sérieux ;',
        'Vu les autres pièces du dossier ;',
        'Après avoir convoqué à une audience publique…',
        'Considérant ce qui suit :',
        '1. Aux termes…',
        '2. Les requérants soutiennent que la délibération est illégale.',
        'O R D O N N E :',
        'Article 1er : La requête est rejetée.',
        'Fait à Paris, le 25 avril 2025',
      ),
    ).toEqual([
      'header',
      'procedure',
      'procedure',
      'arguments',
      'arguments',
      'arguments',
      'arguments',
      'procedure',
      'procedure',
      'reasoning',
      'reasoning',
      'reasoning',
      'operative',
      'operative',
      'operative',
    ]);
  });

  it('opens the reasoning at the first numbered point when there is no Considérant ce qui suit', () => {
    expect(sectionsOf('Vu la requête…', 'Il soutient qu’elle est illégale.', '1. Aux termes…', 'DÉCIDE :')).toEqual([
      'procedure',
      'arguments',
      'reasoning',
      'operative',
    ]);
  });

  it('recognises each way of opening the operative part', () => {
    for (const opening of ['O R D O N N E :', 'ORDONNE :', 'D E C I D E :', 'DÉCIDE :', 'DECIDE', 'PAR CES MOTIFS, la Cour :', 'Par ces motifs,', 'Article 1er : La requête est rejetée.', 'Article 1 : rejet']) {
      expect(sectionsOf('Vu la requête…', '1. Aux termes…', opening).at(-1), opening).toBe('operative');
    }
  });

  it('does not open the operative part on a sentence or a lower-case word', () => {
    expect(sectionsOf('Vu la requête…', '1. Aux termes…', 'Le juge décide de rejeter.', 'Décide :').slice(2)).toEqual(['reasoning', 'reasoning']);
  });

  it('copes with curly apostrophes, missing accents and non-breaking spaces', () => {
    expect(sectionsOf('CONSEIL D’ETAT', 'VU LA PROCEDURE SUIVANTE\u00A0:', 'Ils soutiennent\u00A0que\u00A0:', 'CONSIDERANT CE QUI SUIT :', 'O R D O N N E\u00A0:')).toEqual([
      'header',
      'procedure',
      'arguments',
      'reasoning',
      'operative',
    ]);
  });

  it('gives no sections to a text that is not laid out as a ruling', () => {
    expect(sectionsOf('Le Conseil d’État a rejeté la requête.', '1. Premier constat', '2. Second constat')).toEqual([undefined, undefined, undefined]);
    expect(sectionsOf('Vu de loin, la décision surprend.', 'Les requérants soutiennent que…')).toEqual([undefined, undefined]);
  });

  it('reads the sections of a Cour de cassation judgment', () => {
    expect(sectionsOf('Cour de cassation - Chambre sociale', 'Faits et procédure', 'Examen du moyen', 'Enoncé du moyen', 'Réponse de la Cour', 'PAR CES MOTIFS, la Cour :')).toEqual([
      'header',
      'procedure',
      'procedure',
      'arguments',
      'reasoning',
      'operative',
    ]);
  });
});

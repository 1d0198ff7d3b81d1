// Plain text into blocks: paragraphs, hard wraps, one block per line, canonical spacing.
import { describe, expect, it } from 'vitest';
import { importText, textToBlocks } from '../../../shared/import';

const texts = (text: string): string[] => textToBlocks(text).map((block) => block.text);

describe('textToBlocks', () => {
  it('undoes hard wraps inside blank-line-separated paragraphs', () => {
    const wrapped = [
      "1. Aux termes du premier alinéa de l'article L. 521-1 du code de justice",
      'administrative, le juge des référés peut ordonner la suspension de',
      "l'exécution d'une décision administrative lorsque l'urgence le justifie.",
      '',
      "2. Il résulte de l'instruction que la délibération contestée autorise la",
      "constitution d'un entrepôt de données de santé pour une durée de trois",
      'ans.',
    ].join('\n');
    expect(texts(wrapped)).toEqual([
      "1. Aux termes du premier alinéa de l'article L. 521-1 du code de justice administrative, le juge des référés peut ordonner la suspension de l'exécution d'une décision administrative lorsque l'urgence le justifie.",
      "2. Il résulte de l'instruction que la délibération contestée autorise la constitution d'un entrepôt de données de santé pour une durée de trois ans.",
    ]);
  });

  it('keeps short header lines apart in a wrapped text: the next word would have fitted', () => {
    const text = [
      "Conseil d'État",
      'N° 503163',
      'Juge des référés',
      '',
      'Par une requête enregistrée le 4 avril 2025 au secrétariat du contentieux,',
      "l'association demande au juge des référés de suspendre l'exécution de la",
      'délibération contestée.',
    ].join('\n');
    expect(texts(text)).toEqual([
      "Conseil d'État",
      'N° 503163',
      'Juge des référés',
      "Par une requête enregistrée le 4 avril 2025 au secrétariat du contentieux, l'association demande au juge des référés de suspendre l'exécution de la délibération contestée.",
    ]);
  });

  it('starts a new block at a dash, a claim, a numbered point or an article, even in a wrapped paragraph', () => {
    const text = [
      'Ils soutiennent que :',
      "- la condition d'urgence est remplie dès lors que les données de millions",
      'de personnes seront versées dans un entrepôt hébergé hors de l’Union ;',
      '- il existe un doute sérieux quant à la légalité de la délibération ;',
      '1°) de suspendre la délibération contestée ;',
      '',
      'Article 1er : La requête est rejetée.',
      'Article 2 : La présente ordonnance sera notifiée aux parties et à la CNIL.',
    ].join('\n');
    expect(texts(text)).toEqual([
      'Ils soutiennent que :',
      "- la condition d'urgence est remplie dès lors que les données de millions de personnes seront versées dans un entrepôt hébergé hors de l’Union ;",
      '- il existe un doute sérieux quant à la légalité de la délibération ;',
      '1°) de suspendre la délibération contestée ;',
      'Article 1er : La requête est rejetée.',
      'Article 2 : La présente ordonnance sera notifiée aux parties et à la CNIL.',
    ]);
  });

  it('makes one block per non-empty line when the text has no blank lines', () => {
    expect(texts("CONSEIL D'ETAT\nstatuant au contentieux\nN° 503163\n")).toEqual(["CONSEIL D'ETAT", 'statuant au contentieux', 'N° 503163']);
  });

  it('keeps paragraph-long lines apart: a text of unwrapped lines was not hard-wrapped', () => {
    const long = (n: number): string => `Considérant ${n} ${'que la délibération est légale '.repeat(8)}`.trim();
    const text = ['Mentionné dans les tables du recueil Lebon', '10ème - 9ème chambres réunies', '', long(1), '', long(2), long(3)].join('\n');
    expect(texts(text)).toEqual(['Mentionné dans les tables du recueil Lebon', '10ème - 9ème chambres réunies', long(1), long(2), long(3)]);
  });

  it('never guesses headings: capitals and letter-spaced words stay paragraphs', () => {
    const blocks = textToBlocks("CONSEIL D'ETAT\n\nO R D O N N E :\n\nArticle 1er : La requête est rejetée.");
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('trims, collapses spaces and tabs, turns non-breaking spaces into spaces, and normalises to NFC', () => {
    const decomposed = 'Conseil d’E\u0301tat';
    expect(texts(`  \t${decomposed}\t\t statuant  au\u00A0contentieux \u202F:  \r\n`)).toEqual(['Conseil d’État statuant au contentieux :']);
    expect(texts(decomposed)[0]).toBe('Conseil d’État'.normalize('NFC'));
  });

  it('drops rule lines and invisible characters', () => {
    expect(texts('O R D O N N E :\n------------------\nArticle 1er : La re\u00ADquête\u200B est rejetée.')).toEqual([
      'O R D O N N E :',
      'Article 1er : La requête est rejetée.',
    ]);
  });

  it('reads Windows line endings and form feeds (page breaks) as line breaks', () => {
    expect(texts('Premier paragraphe.\r\n\r\nSecond paragraphe.\fTroisième, après un saut de page.')).toEqual([
      'Premier paragraphe.',
      'Second paragraphe.',
      'Troisième, après un saut de page.',
    ]);
  });
});

describe('importText', () => {
  it('returns blocks and no metadata: the legal pass finds it', () => {
    expect(importText('Une phrase.')).toEqual({ meta: {}, blocks: [{ type: 'paragraph', text: 'Une phrase.' }], sourceFormat: 'text' });
  });
});

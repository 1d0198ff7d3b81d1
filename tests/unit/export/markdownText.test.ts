import { describe, expect, it } from 'vitest';
import { blockQuote, escapeInline, escapeLineStart } from '../../../shared/export';

describe('escapeLineStart', () => {
  it.each([
    ['# Sur l’urgence', '\\# Sur l’urgence'],
    ['###', '\\###'],
    ['- la décision attaquée', '\\- la décision attaquée'],
    ['+ un moyen', '\\+ un moyen'],
    ['7. Il résulte de l’instruction', '7\\. Il résulte de l’instruction'],
    ['1) la requête', '1\\) la requête'],
    ['2025. Année de la décision', '2025\\. Année de la décision'],
    ['> citation', '\\> citation'],
    ['---', '\\---'],
    ['===', '\\==='],
    ['~~~', '\\~~~'],
    ['[1]: https://www.legifrance.gouv.fr', '\\[1]: https://www.legifrance.gouv.fr'],
  ])('escapes %j', (line, escaped) => {
    expect(escapeLineStart(line)).toBe(escaped);
  });

  it.each(['#hashtag', '-10 %', 'L. 521-1', 'Article 1er : rejet', '– tiret demi-cadratin', '1.5 million'])(
    'leaves %j alone',
    (line) => {
      expect(escapeLineStart(line)).toBe(line);
    },
  );
});

describe('escapeInline', () => {
  it('escapes emphasis, code, HTML and entities', () => {
    expect(escapeInline('un *très* grave `risque` <b> &amp; 2 * 3')).toBe('un \\*très\\* grave \\`risque\\` \\<b> \\&amp; 2 \\* 3');
    expect(escapeInline('_souligné_ et C:\\dossier')).toBe('\\_souligné\\_ et C:\\\\dossier');
  });

  it('keeps French text readable: apostrophes, accents, guillemets and intraword underscores untouched', () => {
    const french = 'l’État n’a pas « démontré » qu’il s’agit d’un réel CETATEXT_000 & co';
    expect(escapeInline(french)).toBe(french);
  });
});

describe('blockQuote', () => {
  it('quotes each paragraph, separated by an empty quote line, trimmed of stray spaces', () => {
    expect(blockQuote('  premier alinéa  \n\n- second\n')).toBe('> premier alinéa\n>\n> \\- second');
  });

  it('keeps a quote of nothing but spaces a valid block quote', () => {
    expect(blockQuote('  ')).toBe('>');
  });
});

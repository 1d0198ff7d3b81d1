import { describe, expect, it } from 'vitest';
import { exportArgumentListMarkdown } from '../../../shared/export';
import { blocks, document, passages, tags } from './fixtures';

const now = new Date('2025-05-03T10:00:00Z');

describe('exportArgumentListMarkdown', () => {
  it('writes the French argument list grouped by tag, each quote followed by its pinpoint citation', () => {
    const markdown = exportArgumentListMarkdown({ document, blocks, passages, tags, lang: 'fr', now, timeZone: 'UTC' });
    expect(markdown).toBe(
      [
        '# Arguments — Ordonnance du 25 avril 2025, Health Data Hub',
        '',
        'CE, juge des référés, 25 avril 2025, n° 503163',
        '',
        'Exporté de Glose le 3 mai 2025.',
        '',
        '## Risque Cloud Act',
        '',
        '> \\# Les requérants soutiennent que l’hébergement des données par Microsoft les expose au Cloud Act.',
        '',
        '— CE, juge des référés, 25 avril 2025, n° 503163 (sans numéro de point)',
        '',
        'Note : Argument des requérants, à contrer.',
        '',
        '> les données sont hébergées en Europe et que le risque de transfert vers les États-Unis n’est pas établi',
        '',
        '— CE, juge des référés, 25 avril 2025, n° 503163, pt 2',
        '',
        '> le risque de transfert vers les États-Unis',
        '',
        '— CE, juge des référés, 25 avril 2025, n° 503163, pt 2',
        '',
        '## Absence d’alternative européenne',
        '',
        '> Il n’existe pas d’alternative européenne disponible à brève échéance.',
        '',
        '— CE, juge des référés, 25 avril 2025, n° 503163, pt 3',
        '',
        'Note : Voir aussi',
        '\\# la délibération de la CNIL',
        '',
        '## Urgence',
        '',
        '> le juge des référés peut ordonner la suspension.',
        '>',
        '> \\- la condition d’urgence ;',
        '',
        '— CE, juge des référés, 25 avril 2025, n° 503163, pt 1',
        '',
        '> 2\\. Il résulte de l’instruction',
        '',
        '— CE, juge des référés, 25 avril 2025, n° 503163, pt 2',
        '',
        '> les données sont hébergées en Europe et que le risque de transfert vers les États-Unis n’est pas établi',
        '',
        '— CE, juge des référés, 25 avril 2025, n° 503163, pt 2',
        '',
        '## Sans étiquette',
        '',
        '> La requête est rejetée.',
        '',
        '— CE, juge des référés, 25 avril 2025, n° 503163 (sans numéro de point)',
        '',
      ].join('\n'),
    );
  });

  it('writes the English list with English headings, dates and citation words', () => {
    const markdown = exportArgumentListMarkdown({ document, blocks, passages, tags, lang: 'en', now, timeZone: 'UTC' });
    const head = markdown.split('\n## ')[0];
    expect(head).toBe(
      ['# Arguments — Ordonnance du 25 avril 2025, Health Data Hub', '', 'CE, juge des référés, 25 April 2025, No 503163', '', 'Exported from Glose on 3 May 2025.', ''].join('\n'),
    );
    const headings = markdown.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual(['## CLOUD Act risk', '## Lack of European alternatives', '## Urgence', '## Untagged']);
    expect(markdown).toContain('\n— CE, juge des référés, 25 April 2025, No 503163 (no paragraph number)\n\nNote: Argument des requérants, à contrer.\n');
    expect(markdown).toContain('\n— CE, juge des référés, 25 April 2025, No 503163, para. 3\n');
  });

  it('gives the same output whatever order the passages and tags arrive in', () => {
    const input = { document, blocks, lang: 'fr' as const, now, timeZone: 'UTC' };
    expect(exportArgumentListMarkdown({ ...input, passages: [...passages].reverse(), tags: [...tags].reverse() })).toBe(
      exportArgumentListMarkdown({ ...input, passages, tags }),
    );
  });

  it('leaves out the “no paragraph number” remark for a document that has no numbered paragraphs', () => {
    const article = { ...document, kind: 'article' as const, title: 'Le Health Data Hub face au Cloud Act', date: '2024-03-01' };
    const unnumbered = blocks.map(({ number: _number, ...rest }) => rest);
    const markdown = exportArgumentListMarkdown({ document: article, blocks: unnumbered, passages, tags, lang: 'fr', now, timeZone: 'UTC' });
    expect(markdown).toContain('\n— Le Health Data Hub face au Cloud Act, 1er mars 2024\n');
    expect(markdown).not.toContain('sans numéro');
  });

  it('writes only the header when no passage is tagged', () => {
    expect(exportArgumentListMarkdown({ document, blocks, passages: [], tags, lang: 'fr', now, timeZone: 'UTC' })).toBe(
      '# Arguments — Ordonnance du 25 avril 2025, Health Data Hub\n\nCE, juge des référés, 25 avril 2025, n° 503163\n\nExporté de Glose le 3 mai 2025.\n',
    );
  });
});

// Markdown into blocks: structure kept, inline markup reduced to text, raw HTML never kept as markup.
import { describe, expect, it } from 'vitest';
import { importMarkdown, markdownToBlocks } from '../../../shared/import';
import { fixtureText } from '../../fixtures/readFixture';

describe('markdownToBlocks', () => {
  it('makes headings (with their level), paragraphs and list items', () => {
    expect(markdownToBlocks('# Titre\n\nUn paragraphe\nsur deux lignes.\n\n### Sous-titre\n\n- un\n- deux')).toEqual([
      { type: 'heading', level: 1, text: 'Titre' },
      { type: 'paragraph', text: 'Un paragraphe sur deux lignes.' },
      { type: 'heading', level: 3, text: 'Sous-titre' },
      { type: 'listItem', text: 'un' },
      { type: 'listItem', text: 'deux' },
    ]);
  });

  it('makes nested list items blocks of their own, after their parent', () => {
    const blocks = markdownToBlocks('- parent\n  - enfant *un*\n  - enfant deux\n- suivant\n\n1. loose\n\n   second paragraph\n2. other');
    expect(blocks.map((block) => `${block.type}:${block.text}`)).toEqual([
      'listItem:parent',
      'listItem:enfant un',
      'listItem:enfant deux',
      'listItem:suivant',
      'listItem:1. loose second paragraph',
      'listItem:2. other',
    ]);
  });

  it('keeps the number printed before an ordered item, not a renumbered one', () => {
    expect(markdownToBlocks('7. Septième point.\n8) Huitième point.').map((block) => block.text)).toEqual([
      '7. Septième point.',
      '8) Huitième point.',
    ]);
  });

  it('strips inline markup to its text', () => {
    const [block] = markdownToBlocks(
      'Le **Conseil** d’*État* a ~~refusé~~ jugé, voir [l’ordonnance](https://example.org "titre") et <https://example.org/x>, `code` et ![logo](logo.png) fin\\*.',
    );
    expect(block?.text).toBe('Le Conseil d’État a refusé jugé, voir l’ordonnance et https://example.org/x, code et fin*.');
  });

  it('decodes character references, except inside code spans', () => {
    const [block] = markdownToBlocks('l&rsquo;arr&ecirc;t &amp; la d&eacute;cision &#233;&#xE9; &unknown; `&lt;b&gt;`');
    expect(block?.text).toBe('l’arrêt & la décision éé &unknown; &lt;b&gt;');
  });

  it('reads each paragraph of a blockquote, and code blocks as paragraphs', () => {
    expect(markdownToBlocks('> premier\n>\n> second\n\n```\nconst x = 1;\nx++;\n```')).toEqual([
      { type: 'paragraph', text: 'premier' },
      { type: 'paragraph', text: 'second' },
      { type: 'paragraph', text: 'const x = 1; x++;' },
    ]);
  });

  it('drops raw HTML blocks and inline tags, keeping inline text but never script content', () => {
    const blocks = markdownToBlocks(
      '<div class="pub">Encart <script>alert(1)</script></div>\n\nTexte <span class="x">gardé</span>, <b>gras</b><script>steal()</script> fin<br>suite.',
    );
    expect(blocks).toEqual([{ type: 'paragraph', text: 'Texte gardé, gras fin suite.' }]);
  });

  it('makes one block per table cell', () => {
    expect(markdownToBlocks('| Critère | Appréciation |\n|---|---|\n| Cloud Act | *risque* |').map((block) => block.text)).toEqual([
      'Critère',
      'Appréciation',
      'Cloud Act',
      'risque',
    ]);
  });
});

describe('importMarkdown', () => {
  it('reads the front matter into metadata and does not import it as text', () => {
    const imported = importMarkdown('---\ntitle: "Note sur l\'ordonnance"\nauthor: Claire Fontaine\ndate: 2025-04-28T09:30:00+02:00\nlang: FR\n---\n\nCorps.');
    expect(imported.meta).toEqual({ title: "Note sur l'ordonnance", author: 'Claire Fontaine', date: '2025-04-28', language: 'fr' });
    expect(imported.blocks).toEqual([{ type: 'paragraph', text: 'Corps.' }]);
    expect(imported.sourceFormat).toBe('markdown');
  });

  it('takes the first level-1 heading as title when there is no front matter', () => {
    expect(importMarkdown('## Avant\n\n# Le titre *réel*\n\n# Un autre').meta.title).toBe('Le titre réel');
  });

  it('imports the article fixture as a reader sees it', () => {
    const { meta, blocks } = importMarkdown(fixtureText('article-health-data-hub.md'));
    expect(meta).toEqual({
      title: "Health Data Hub : le juge des référés refuse de suspendre l'hébergement chez Microsoft",
      author: 'Claire Fontaine',
      date: '2025-04-28',
      language: 'fr',
    });
    const texts = blocks.map((block) => block.text);
    expect(blocks[0]).toEqual({ type: 'heading', level: 1, text: meta.title });
    expect(texts[1]).toBe('Par Claire Fontaine, avocate au barreau de Paris – 28 avril 2025');
    expect(texts).toContain(
      "Par une ordonnance du 25 avril 2025 (CE, réf., n° 503163), le juge des référés du Conseil d'État a rejeté la demande de suspension de la délibération de la CNIL autorisant l'entrepôt « ESPACE-SANTÉ », hébergé par Microsoft (ordonnance inédite).",
    );
    expect(texts).toContain("1. le risque d'accès des autorités américaines fondé sur le Cloud Act, jugé réel mais insuffisant ;");
    expect(texts).toContain('— CE, réf., 25 avril 2025, n° 503163, pt 4');
    expect(texts).toContain(
      "Le juge retient pourtant les garanties contractuelles : pseudonymisation, chiffrement, clés détenues par la Plateforme ; voir le texte de l'ordonnance et nos observations précédentes.",
    );
    expect(texts).toContain('La migration vers une offre SecNumCloud est attendue avant l\'échéance des trois ans.');
    expect(texts.join('\n')).not.toMatch(/Encart|script|__glose|https?:|\*\*|\[|&[a-z]+;/);
    expect(blocks.filter((block) => block.type === 'heading').map((block) => block.level)).toEqual([1, 2, 2, 2]);
  });
});

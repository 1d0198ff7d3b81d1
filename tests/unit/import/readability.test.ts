// A saved web page with navigation, ads and a sidebar around the article: Readability keeps the article, and nothing runs.
// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { importHtml, importSource } from '../../../shared/import';
import { fixtureBytes, fixtureText } from '../../fixtures/readFixture';

const env = { window };
const page = fixtureText('article-page-with-chrome.html');

describe('a saved article page without <article> markup', () => {
  const imported = importHtml(page, env);
  const texts = imported.blocks.map((block) => block.text);

  it('keeps the article’s paragraphs, in order, from the first', () => {
    expect(texts[0]).toMatch(/^Par une ordonnance du 25 avril 2025/u);
    const paragraphs = texts.filter((text) => text.length > 150);
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toMatch(/^Par une ordonnance du 25 avril 2025/u);
    expect(paragraphs[3]).toMatch(/^Enfin, la limitation de l’autorisation à une durée de trois ans/u);
  });

  it('drops the navigation, the ads, the sidebar, the share bar and the footer', () => {
    const all = texts.join('\n');
    for (const chrome of ['S’abonner', 'Données personnelles', 'Publicité', 'Les plus lus', 'Schrems III', 'lettre d’information', 'Partager', 'Mentions légales']) {
      expect(all).not.toContain(chrome);
    }
  });

  it('reads title, author, publication and date of the article', () => {
    expect(imported.meta).toMatchObject({
      title: 'Health Data Hub : le Conseil d’État face au Cloud Act – Revue du droit numérique',
      author: 'Claire Fontaine',
      publication: 'Revue du droit numérique',
      date: '2025-05-02',
      language: 'fr',
      kind: 'article',
    });
  });

  it('is an article after the legal pass (it cites a court, it is not a ruling)', async () => {
    const full = await importSource({ name: 'article.html', bytes: fixtureBytes('article-page-with-chrome.html') }, env);
    expect(full.meta.kind).toBe('article');
    expect(full.meta.court).toBeUndefined();
    expect(full.meta.publication).toBe('Revue du droit numérique');
  });

  it('never runs the page’s scripts or handlers', () => {
    let ran = 0;
    const target = globalThis as unknown as { __scriptRan?: () => void };
    const jsdomWindow = (globalThis as unknown as { jsdom: { window: { __scriptRan?: () => void } } }).jsdom.window;
    target.__scriptRan = () => ran++;
    jsdomWindow.__scriptRan = () => ran++;
    try {
      importHtml(page, env);
    } finally {
      delete target.__scriptRan;
      delete jsdomWindow.__scriptRan;
    }
    expect(ran).toBe(0);
  });
});

describe('ads inside a marked-up article', () => {
  it('are removed, while words such as “publication” are kept', () => {
    const html =
      '<html><body><article><h1>Titre</h1><p class="publication-info">Publication du 2 mai 2025</p><div class="ad">Publicité</div><p>Corps de l’article.</p><aside>Encadré</aside></article></body></html>';
    expect(importHtml(html, env).blocks.map((block) => block.text)).toEqual(['Titre', 'Publication du 2 mai 2025', 'Corps de l’article.']);
  });
});

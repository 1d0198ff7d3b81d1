// HTML into blocks: inert parsing, sanitising, page chrome dropped, the page's own metadata read.
// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { importHtml, type ContentExtractor } from '../../../shared/import';
import { fixtureText } from '../../fixtures/readFixture';

declare global {
  interface Window {
    __glosePwned?: string;
  }
}

const env = { window };
// Vitest copies jsdom's globals onto Node's global object and keeps the JSDOM instance as
// `globalThis.jsdom` (with runScripts: 'dangerously'); scripts run in that instance's own
// window, so that is where a script's flag would land.
const scriptWindow = (): Window => (globalThis as unknown as { jsdom: { window: Window } }).jsdom.window;
const page = (body: string, head = ''): string => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
const texts = (html: string): string[] => importHtml(html, env).blocks.map((block) => block.text);

afterEach(() => {
  delete scriptWindow().__glosePwned;
});

describe('importHtml on a saved court page', () => {
  const imported = importHtml(fixtureText('ce-ordonnance-health-data.html'), env);
  const all = imported.blocks.map((block) => block.text);

  it('reads the order inside the article, from its header to its signature', () => {
    expect(all.slice(0, 8)).toEqual([
      'Conseil d’État',
      'N° 503163',
      'ECLI:FR:CEORD:2025:503163.20250425',
      'Inédit au recueil Lebon',
      'Juge des référés',
      'Lecture du vendredi 25 avril 2025',
      'REPUBLIQUE FRANCAISE',
      'AU NOM DU PEUPLE FRANCAIS',
    ]);
    expect(all).toContain('Vu la procédure suivante :');
    expect(all).toContain('O R D O N N E :');
    expect(all.at(-1)).toBe('Signé : Jean-Luc Martin');
  });

  it('keeps curly apostrophes as printed and turns non-breaking spaces into plain ones', () => {
    expect(all).toContain('Ils soutiennent que :');
    expect(all.find((text) => text.startsWith('5. '))).toBe(
      "5. Toutefois, il résulte de l'instruction que les données versées dans l'entrepôt sont pseudonymisées, qu'elles sont chiffrées au moyen de clés détenues par la seule Plateforme des données de santé et que l'hébergeur s'est contractuellement engagé à contester toute demande d'accès fondée sur le Cloud Act qui ne serait pas conforme au droit de l'Union. Dans ces conditions, si le risque que des données soient transférées aux autorités américaines en application du Cloud Act ne peut être entièrement exclu, il n'est pas de nature, à lui seul, à faire naître un doute sérieux quant à la légalité de la délibération contestée.".replaceAll(
        "'",
        '’',
      ),
    );
    expect(all.join('\n')).not.toMatch(/\u00A0/);
  });

  it('makes list items of a list, and drops rule lines', () => {
    const visas = imported.blocks.filter((block) => block.type === 'listItem').map((block) => block.text);
    expect(visas).toEqual([
      'le règlement (UE) 2016/679 du Parlement européen et du Conseil du 27 avril 2016 ;',
      'le code de la santé publique ;',
      'la loi n° 78-17 du 6 janvier 1978 ;',
      'le code de justice administrative ;',
    ]);
    expect(all).not.toContain('------------------');
  });

  it('leaves out navigation, banner, search form, ads, footer, buttons, noscript and templates', () => {
    const joined = all.join('\n');
    for (const chrome of ['Jurisprudence administrative', 'Décisions', 'Rechercher', 'Publicité', 'Mentions légales', 'Imprimer', 'Activez JavaScript', 'Modèle caché', 'Texte injecté']) {
      expect(joined).not.toContain(chrome);
    }
    expect(joined).not.toMatch(/__glosePwned|window\.|<|>/);
  });

  it('reads the title from og:title and the language from <html lang>', () => {
    expect(imported.meta).toEqual({ title: 'Conseil d’État, juge des référés, 25 avril 2025, n° 503163', language: 'fr' });
  });
});

describe('importHtml never runs what it imports', () => {
  it('scripts would run in this environment…', () => {
    const script = document.createElement('script');
    script.textContent = "window.__glosePwned = 'control'";
    document.body.append(script);
    script.remove();
    expect(scriptWindow().__glosePwned).toBe('control');
  });

  it('…but neither inline scripts, nor event handlers, nor javascript: links run on import', async () => {
    const before = document.body.innerHTML;
    importHtml(fixtureText('ce-ordonnance-health-data.html'), env);
    importHtml(
      page(
        `<p>Texte</p><img src="x" onerror="window.__glosePwned='onerror'"><svg onload="window.__glosePwned='svg'"></svg>` +
          `<script>window.__glosePwned='script'</script><iframe srcdoc="<script>parent.__glosePwned='iframe'</script>"></iframe>`,
      ),
      env,
    );
    // Give any queued task (an image error, a load event) the chance to run.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(scriptWindow().__glosePwned).toBeUndefined();
    expect(window.__glosePwned).toBeUndefined();
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('importHtml block extraction', () => {
  it('takes headings with their level, paragraphs, quotes, preformatted text and cells', () => {
    const { blocks } = importHtml(
      page(
        '<h1>Titre</h1><h3>Sous-titre</h3><p>Un <em>paragraphe</em>\n  sur deux lignes.</p><blockquote><p>Citation un.</p>Citation deux.</blockquote>' +
          '<pre>  ligne 1\n  ligne 2</pre><table><tr><th>Critère</th><td>Appréciation</td></tr></table>',
      ),
      env,
    );
    expect(blocks).toEqual([
      { type: 'heading', level: 1, text: 'Titre' },
      { type: 'heading', level: 3, text: 'Sous-titre' },
      { type: 'paragraph', text: 'Un paragraphe sur deux lignes.' },
      { type: 'paragraph', text: 'Citation un.' },
      { type: 'paragraph', text: 'Citation deux.' },
      { type: 'paragraph', text: 'ligne 1 ligne 2' },
      { type: 'paragraph', text: 'Critère' },
      { type: 'paragraph', text: 'Appréciation' },
    ]);
  });

  it('makes a list item of each <li>, nested ones after their parent', () => {
    const { blocks } = importHtml(page('<ul><li>Parent <b>gras</b><ul><li>Enfant</li></ul></li><li><p>Un</p><p>Deux</p></li></ul>'), env);
    expect(blocks).toEqual([
      { type: 'listItem', text: 'Parent gras' },
      { type: 'listItem', text: 'Enfant' },
      { type: 'listItem', text: 'Un Deux' },
    ]);
  });

  it('reads text leaves of <div>s, split at <br>, and skips hidden content', () => {
    expect(
      texts(page('<div>Conseil d’État<br>N° 503163<div>Juge des référés</div>Suite <span>en ligne</span></div><div hidden>caché</div><p style="display: none">caché aussi</p>')),
    ).toEqual(['Conseil d’État', 'N° 503163', 'Juge des référés', 'Suite en ligne']);
  });

  it('reads the single <article>, else <main>, and keeps an article’s own header', () => {
    expect(texts(page('<p>Bandeau</p><article><header><h1>Titre</h1></header><p>Corps</p><footer>Fin de l’article</footer></article><p>Autre</p>'))).toEqual([
      'Titre',
      'Corps',
      'Fin de l’article',
    ]);
    expect(texts(page('<p>Bandeau</p><main><p>Principal</p></main>'))).toEqual(['Principal']);
    expect(texts(page('<article><p>Un</p></article><article><p>Deux</p></article>'))).toEqual(['Un', 'Deux']);
    expect(texts(page('<header>Site</header><div role="navigation">Menu</div><p>Corps</p><footer>Pied</footer>'))).toEqual(['Corps']);
  });

  it('returns no blocks when the article has no text (importSource reports it as noText)', () => {
    expect(texts(page('<nav>Menu</nav><article><img src="a.png"><script>x()</script></article><p>Cookies</p>'))).toEqual([]);
  });

  it('lets another content extractor (Readability, later) choose the content', () => {
    const pickSecond: ContentExtractor = (fragment) => fragment.querySelector('#second') ?? fragment;
    expect(importHtml(page('<div id="first">Un</div><div id="second">Deux</div>'), env, pickSecond).blocks.map((block) => block.text)).toEqual(['Deux']);
  });
});

describe('importHtml metadata', () => {
  it('prefers og:title, then <title>, then the first <h1>', () => {
    expect(importHtml(page('<h1>H1</h1>', '<title>Titre</title><meta property="og:title" content="OG">'), env).meta.title).toBe('OG');
    expect(importHtml(page('<h1>H1</h1>', '<title> Titre  de page </title>'), env).meta.title).toBe('Titre de page');
    expect(importHtml(page('<h1>Le <em>H1</em></h1>'), env).meta.title).toBe('Le H1');
  });

  it('reads author, publication date, language and kind of an article', () => {
    const head =
      '<meta name="author" content="Claire Fontaine"><meta property="article:published_time" content="2025-04-28T09:30:00+02:00">';
    expect(importHtml(`<html lang="fr-FR"><head>${head}</head><body><p>x</p></body></html>`, env).meta).toEqual({
      author: 'Claire Fontaine',
      date: '2025-04-28',
      language: 'fr',
      kind: 'article',
    });
  });

  it('falls back to rel=author and <time datetime>', () => {
    const meta = importHtml(page('<p>Par <a rel="author" href="/c">Claire Fontaine</a>, <time datetime="2025-04-28">28 avril</time></p>'), env).meta;
    expect(meta.author).toBe('Claire Fontaine');
    expect(meta.date).toBe('2025-04-28');
  });
});

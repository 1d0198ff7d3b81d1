// HTML → blocks: parse inert, read the page's metadata, sanitise, drop page chrome, read the main content.
import createDOMPurify from 'dompurify';
import type { ImportedDocument } from '../model';
import { htmlToBlocks } from './htmlBlocks';
import { readHtmlMetadata } from './htmlMetadata';

/** A browser window, or a jsdom one in tests: it provides DOMParser and the DOM DOMPurify needs. */
export type DomWindow = Window & typeof globalThis;

/** What importers need from their host. The renderer passes `{ window }`. */
export interface ImportEnvironment {
  window: DomWindow;
}

/**
 * Picks the element that holds the document's text in a sanitised page. The default takes the
 * page's single `<article>`, else its `<main>`, else the body; a later issue puts Mozilla's
 * Readability here for saved web articles, with the same signature.
 */
export type ContentExtractor = (body: HTMLElement) => Element;

// Page furniture, never the text a jurist imports a page for.
const CHROME_SELECTOR = [
  'nav', 'aside', 'form', 'dialog', 'noscript', 'template', 'iframe',
  '[role="navigation"]', '[role="banner"]', '[role="contentinfo"]', '[role="complementary"]', '[role="search"]',
].join(',');

export const defaultContentExtractor: ContentExtractor = (body) => {
  const articles = body.querySelectorAll('article');
  if (articles.length === 1 && articles[0]) return articles[0];
  return body.querySelector('main, [role="main"]') ?? body;
};

export function importHtml(html: string, env: ImportEnvironment, extractContent: ContentExtractor = defaultContentExtractor): ImportedDocument {
  // DOMParser documents have no browsing context: scripts never run, images and styles never
  // load, event handlers never fire. Imported HTML is never given to the live page's innerHTML.
  const parsed = new env.window.DOMParser().parseFromString(html, 'text/html');
  const meta = readHtmlMetadata(parsed);

  // DOMPurify works on a copy in a document of its own (also inert) and hands back its body.
  const purify = createDOMPurify(env.window);
  const body = purify.sanitize(parsed.body, {
    RETURN_DOM: true,
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'select', 'textarea'],
  });

  for (const element of Array.from(body.querySelectorAll(CHROME_SELECTOR))) element.remove();
  // A page's header and footer are chrome; an article's own <header> holds its title.
  for (const element of Array.from(body.querySelectorAll('header, footer'))) {
    if (!element.parentElement?.closest('article, main, [role="main"]')) element.remove();
  }

  // No fallback to the whole page when the article is empty: what is left around it is chrome
  // (cookie banners, share buttons), and importing that would hide the real problem (the
  // article is rendered by JavaScript). importSource reports an empty result as `noText`.
  const blocks = htmlToBlocks(extractContent(body));
  return { meta, blocks, sourceFormat: 'html' };
}

// HTML → blocks: parse inert, read the page's metadata, sanitise, drop page chrome, read the main content.
import createDOMPurify from 'dompurify';
import type { DraftMeta, ImportedDocument } from '../model';
import { htmlToBlocks } from './htmlBlocks';
import { readHtmlMetadata } from './htmlMetadata';
import { readabilityExtractor } from './readability';

/** A browser window, or a jsdom one in tests: it provides DOMParser and the DOM DOMPurify needs. */
export type DomWindow = Window & typeof globalThis;

/** What importers need from their host. The renderer passes `{ window }`. */
export interface ImportEnvironment {
  window: DomWindow;
}

/**
 * Picks the element that holds the document's text in a sanitised page. The default for
 * imported files is readabilityExtractor (readability.ts); defaultContentExtractor takes the
 * page's single `<article>`, else its `<main>`, else the body. An extractor may also report
 * metadata it found (Readability's byline), used where the page's own `<meta>` says nothing.
 */
export type ContentExtractor = (page: DocumentFragment) => Node | { content: Node; meta: DraftMeta };

// Page furniture and controls, never the text a jurist imports a page for. DOMPurify removes
// them with their content (by default it keeps the text of the tags it forbids).
const CHROME_TAGS = [
  'nav', 'aside', 'form', 'button', 'select', 'textarea', 'input', 'dialog', 'noscript', 'template', 'iframe',
  'object', 'embed', 'style', 'script',
];
const CHROME_ROLES = ['navigation', 'banner', 'contentinfo', 'complementary', 'search'].map((role) => `[role="${role}"]`).join(',');

export const defaultContentExtractor: ContentExtractor = (page) => {
  const articles = page.querySelectorAll('article');
  if (articles.length === 1 && articles[0]) return articles[0];
  return page.querySelector('main, [role="main"]') ?? page;
};

export function importHtml(html: string, env: ImportEnvironment, extractContent: ContentExtractor = readabilityExtractor(env)): ImportedDocument {
  // DOMParser documents have no browsing context: scripts never run, images and styles never
  // load, event handlers never fire. Imported HTML is never given to the live page's innerHTML.
  const parsed = new env.window.DOMParser().parseFromString(html, 'text/html');
  const meta = readHtmlMetadata(parsed);

  // DOMPurify works on a copy in a document of its own (also inert) and hands back a fragment.
  const purify = createDOMPurify(env.window);
  const page = purify.sanitize(parsed.body, {
    RETURN_DOM_FRAGMENT: true,
    FORBID_TAGS: CHROME_TAGS,
    ADD_FORBID_CONTENTS: CHROME_TAGS,
  });

  for (const element of Array.from(page.querySelectorAll(CHROME_ROLES))) element.remove();
  // A page's header and footer are chrome; an article's own <header> holds its title.
  for (const element of Array.from(page.querySelectorAll('header, footer'))) {
    if (!element.parentElement?.closest('article, main, [role="main"]')) element.remove();
  }

  // No fallback to the whole page when the article is empty: what is left around it is chrome
  // (cookie banners, share buttons), and importing that would hide the real problem (the
  // article is rendered by JavaScript). importSource reports an empty result as `noText`.
  const extracted = extractContent(page);
  const isNode = 'nodeType' in extracted;
  if (!isNode) {
    for (const [key, value] of Object.entries(extracted.meta) as [keyof DraftMeta, string][]) {
      if (value && !meta[key]) Object.assign(meta, { [key]: value });
    }
  }
  const blocks = htmlToBlocks(isNode ? extracted : extracted.content);
  return { meta, blocks, sourceFormat: 'html' };
}

// The content extractor for saved web pages: the page's own <article>/<main>, else Mozilla's Readability.
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { DraftMeta } from '../model';
import type { ContentExtractor, ImportEnvironment } from './html';
import { normalizeBlockText } from './normalizeText';

/**
 * Class and id words that mark advertising and social furniture on news and legal-publisher
 * sites. Matched as whole words of a class or id (`ad-slot`, `bloc_pub`), never as substrings,
 * so `publication` or `shadow` are safe.
 */
const AD_WORDS = new Set([
  'ad', 'ads', 'adv', 'advert', 'advertisement', 'adslot', 'pub', 'publicite', 'sponsor', 'sponsored', 'promo', 'promotion',
  'banner', 'cookie', 'cookies', 'newsletter', 'share', 'sharing', 'social', 'related', 'outbrain', 'taboola', 'paywall',
]);

function isAd(element: Element): boolean {
  const words = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase().split(/[\s_-]+/u);
  return words.some((word) => AD_WORDS.has(word));
}

function dropAds(root: ParentNode): void {
  for (const element of Array.from(root.querySelectorAll('[class], [id]'))) if (isAd(element)) element.remove();
}

/**
 * A page that marks its text up (`<article>`, `<main>`) is taken at its word, ads inside it
 * removed. Otherwise, when Readability judges the page to hold an article, its choice is used:
 * it scores the page's blocks by text density and drops navigation, sidebars and ads (its
 * `byline` and `siteName` fill in the author and the publication). A page it cannot judge
 * (short, or a list of links) is read whole, minus ads. Readability drops the heading that
 * repeats the page's title; the title is the document's title. The page is already sanitised, and
 * Readability works on a copy in a document with no browsing context, so nothing runs.
 */
export function readabilityExtractor(env: ImportEnvironment): ContentExtractor {
  return (page) => {
    const articles = page.querySelectorAll('article');
    const semantic = articles.length === 1 ? articles[0] : (page.querySelector('main, [role="main"]') ?? undefined);
    if (semantic) {
      dropAds(semantic);
      return semantic;
    }
    const doc = env.window.document.implementation.createHTMLDocument('');
    doc.body.append(page.cloneNode(true));
    // Before Readability: it scores siblings of the text by their length, and an ad banner next
    // to the article is long enough to be kept with it.
    dropAds(doc.body);
    if (!isProbablyReaderable(doc)) {
      dropAds(page);
      return page;
    }
    const article = new Readability<Node>(doc, { serializer: (node) => node }).parse();
    if (!article?.content) {
      dropAds(page);
      return page;
    }
    const meta: DraftMeta = {};
    const author = normalizeBlockText(article.byline ?? '').replace(/^(?:par|by)\s+/iu, '');
    if (author) meta.author = author;
    const site = normalizeBlockText(article.siteName ?? '');
    if (site) meta.publication = site;
    dropAds(article.content as ParentNode);
    return { content: article.content, meta };
  };
}

// Reads what an HTML page says about itself: title, author, publication, publication date, language, kind.
import type { DraftMeta } from '../model';
import { toIsoDate } from '../legal/frenchDates';
import { normalizeBlockText } from './normalizeText';

/**
 * Reads the metadata of a parsed (inert) document. Only attribute values and text content are
 * read, never rendered, so it is safe before sanitising; DOMPurify would drop `<head>` anyway.
 */
export function readHtmlMetadata(document: Document): DraftMeta {
  const metaContent = metaReader(document);
  const meta: DraftMeta = {};

  // og:title is usually the article's own title; <title> often carries the site's name too.
  const title = firstText(
    metaContent('og:title'),
    document.querySelector('title')?.textContent,
    document.querySelector('h1')?.textContent,
  );
  if (title) meta.title = title;

  const author = firstText(
    metaContent('author'),
    notUrl(metaContent('article:author')),
    document.querySelector('[rel~="author"]')?.textContent,
  );
  if (author) meta.author = author;

  // The journal or site that published the article (a ruling's publication is its Lebon mention, read by the legal pass).
  const publication = firstText(metaContent('citation_journal_title'), metaContent('og:site_name'), metaContent('dc.publisher'));
  if (publication) meta.publication = publication;

  const dateSource = firstText(
    metaContent('article:published_time'),
    metaContent('dc.date'),
    metaContent('date'),
    document.querySelector('time[datetime]')?.getAttribute('datetime'),
  );
  const date = dateSource ? toIsoDate(dateSource) : undefined;
  if (date) meta.date = date;

  const language = firstText(document.documentElement.getAttribute('lang'), metaContent('content-language'));
  // The primary subtag only (`fr-FR` → `fr`), the form the language guess produces.
  const primary = language ? /^[a-z]{2,3}/i.exec(language)?.[0]?.toLowerCase() : undefined;
  if (primary) meta.language = primary;

  if (metaContent('og:type')?.toLowerCase() === 'article' || metaContent('article:published_time')) meta.kind = 'article';
  return meta;
}

/** Looks a `<meta>` up by `name`, `property` or `http-equiv`, case-insensitively. */
function metaReader(document: Document): (key: string) => string | undefined {
  const values = new Map<string, string>();
  for (const element of Array.from(document.querySelectorAll('meta'))) {
    const key = (element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('http-equiv'))?.toLowerCase();
    const content = element.getAttribute('content');
    if (key && content && !values.has(key)) values.set(key, content);
  }
  return (key) => values.get(key);
}

function firstText(...candidates: (string | null | undefined)[]): string | undefined {
  for (const candidate of candidates) {
    const text = candidate ? normalizeBlockText(candidate) : '';
    if (text) return text;
  }
  return undefined;
}

/** `article:author` is often a profile URL, which is no author name. */
function notUrl(value: string | undefined): string | undefined {
  return value && /^https?:/i.test(value.trim()) ? undefined : value;
}

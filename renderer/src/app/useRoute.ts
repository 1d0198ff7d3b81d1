// Hash routing: `#/` is the library, `#/doc/<id>` a document, `#/codebook` the codebook, `#/compare[/<a>[/<b>]]` a comparison,
// `#/search?q=…` search, `#/settings` the settings, so a reload reopens the same view.
import { useCallback, useEffect, useState } from 'react';
import { parseSearchParams, searchHash, type SearchParams } from '../search/searchRoute';

export type Route =
  | { view: 'library' }
  | { view: 'reader'; docId: string }
  | { view: 'codebook' }
  | { view: 'settings' }
  | { view: 'search'; params: SearchParams }
  /** Without both documents, the picker (A already chosen when given). */
  | { view: 'compare'; a?: string; b?: string };

export function parseRoute(hash: string): Route {
  if (/^#\/codebook(?:[/?#]|$)/.test(hash)) return { view: 'codebook' };
  if (/^#\/settings(?:[/?#]|$)/.test(hash)) return { view: 'settings' };
  if (/^#\/search(?:[/?#]|$)/.test(hash)) return { view: 'search', params: parseSearchParams(hash) };
  const compare = /^#\/compare(?:\/([^/?#]+))?(?:\/([^/?#]+))?(?:[?#]|$)/.exec(hash);
  if (compare) {
    const [, a, b] = compare;
    return { view: 'compare', ...(a ? { a: decodeURIComponent(a) } : {}), ...(b ? { b: decodeURIComponent(b) } : {}) };
  }
  const match = /^#\/doc\/([^/?#]+)/.exec(hash);
  return match?.[1] ? { view: 'reader', docId: decodeURIComponent(match[1]) } : { view: 'library' };
}

export function routeHash(route: Route): string {
  if (route.view === 'codebook') return '#/codebook';
  if (route.view === 'settings') return '#/settings';
  if (route.view === 'compare') return ['#/compare', ...[route.a, route.b].filter((id) => id !== undefined).map(encodeURIComponent)].join('/');
  if (route.view === 'search') return searchHash(route.params);
  return route.view === 'reader' ? `#/doc/${encodeURIComponent(route.docId)}` : '#/';
}

export function useRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback((next: Route) => {
    window.location.hash = routeHash(next);
  }, []);
  return [route, navigate];
}

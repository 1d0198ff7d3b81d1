// Hash routing: `#/` is the library, `#/doc/<id>` a document, `#/codebook` the codebook, `#/search?q=…` search, so a reload reopens the same view.
import { useCallback, useEffect, useState } from 'react';
import { parseSearchParams, searchHash, type SearchParams } from '../search/searchRoute';

export type Route = { view: 'library' } | { view: 'reader'; docId: string } | { view: 'codebook' } | { view: 'search'; params: SearchParams };

export function parseRoute(hash: string): Route {
  if (/^#\/codebook(?:[/?#]|$)/.test(hash)) return { view: 'codebook' };
  if (/^#\/search(?:[/?#]|$)/.test(hash)) return { view: 'search', params: parseSearchParams(hash) };
  const match = /^#\/doc\/([^/?#]+)/.exec(hash);
  return match?.[1] ? { view: 'reader', docId: decodeURIComponent(match[1]) } : { view: 'library' };
}

export function routeHash(route: Route): string {
  if (route.view === 'codebook') return '#/codebook';
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

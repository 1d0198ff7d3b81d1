// Hash routing: `#/` is the library, `#/doc/<id>` a document, `#/codebook` the codebook, `#/settings` the settings, so a reload reopens the same view.
import { useCallback, useEffect, useState } from 'react';

export type Route = { view: 'library' } | { view: 'reader'; docId: string } | { view: 'codebook' } | { view: 'settings' };

export function parseRoute(hash: string): Route {
  if (/^#\/codebook(?:[/?#]|$)/.test(hash)) return { view: 'codebook' };
  if (/^#\/settings(?:[/?#]|$)/.test(hash)) return { view: 'settings' };
  const match = /^#\/doc\/([^/?#]+)/.exec(hash);
  return match?.[1] ? { view: 'reader', docId: decodeURIComponent(match[1]) } : { view: 'library' };
}

export function routeHash(route: Route): string {
  if (route.view === 'codebook') return '#/codebook';
  if (route.view === 'settings') return '#/settings';
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

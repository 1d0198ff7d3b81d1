import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from '../../../renderer/src/app/useRoute';
import { blockHref, blockIdFromHash } from '../../../renderer/src/search/searchRoute';
import { exportFileName } from '../../../renderer/src/export/exportFileName';

describe('hash routes', () => {
  it('round-trips a document route, ids with odd characters included', () => {
    const route = { view: 'reader', docId: 'a/b c' } as const;
    expect(parseRoute(routeHash(route))).toEqual(route);
  });
  it('knows the codebook route', () => {
    expect(parseRoute('#/codebook')).toEqual({ view: 'codebook' });
    expect(routeHash({ view: 'codebook' })).toBe('#/codebook');
  });
  it('knows the settings route', () => {
    expect(parseRoute('#/settings')).toEqual({ view: 'settings' });
    expect(routeHash({ view: 'settings' })).toBe('#/settings');
  });
  it('knows the compare routes: the picker, A chosen, and A against B', () => {
    expect(parseRoute('#/compare')).toEqual({ view: 'compare' });
    expect(parseRoute('#/compare/doc-1')).toEqual({ view: 'compare', a: 'doc-1' });
    const both = { view: 'compare', a: 'a/1', b: 'b 2' } as const;
    expect(routeHash(both)).toBe('#/compare/a%2F1/b%202');
    expect(parseRoute(routeHash(both))).toEqual(both);
    expect(routeHash({ view: 'compare' })).toBe('#/compare');
  });
  it('knows the search routes: a query, a tag, and a block link into a document', () => {
    expect(parseRoute('#/search?q=donn%C3%A9es%20de%20sant%C3%A9')).toEqual({ view: 'search', params: { tab: 'text', q: 'données de santé' } });
    expect(parseRoute('#/search?tag=t%201')).toEqual({ view: 'search', params: { tab: 'arguments', q: '', tag: 't 1' } });
    const route = { view: 'search', params: { tab: 'text', q: '"Cloud Act" -Microsoft & co?' } } as const;
    expect(parseRoute(routeHash(route))).toEqual(route);
    expect(parseRoute(blockHref('d/1', 'b 2'))).toEqual({ view: 'reader', docId: 'd/1' });
    expect(blockIdFromHash(blockHref('d/1', 'b 2'))).toBe('b 2');
  });
  it('falls back to the library', () => {
    expect(parseRoute('')).toEqual({ view: 'library' });
    expect(parseRoute('#/nowhere')).toEqual({ view: 'library' });
  });
});

describe('exportFileName', () => {
  it('keeps letters and digits, drops accents and punctuation', () => {
    expect(exportFileName('Conseil d’État, juge des référés, 25 avril 2025, n° 503163')).toBe(
      'conseil-d-etat-juge-des-refers-25-avril-2025-n-503163-arguments.md'.replace('refers', 'referes'),
    );
    expect(exportFileName('«»')).toBe('glose-arguments.md');
  });
});

import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from '../../../renderer/src/app/useRoute';
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

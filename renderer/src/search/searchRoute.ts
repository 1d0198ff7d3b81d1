// Search links: `#/search?q=…` (full text) and `#/search?tag=<id>` (argument retrieval), and a block link the reader scrolls to.

export interface SearchParams {
  tab: 'text' | 'arguments';
  q: string;
  tag?: string;
}

export function parseSearchParams(hash: string): SearchParams {
  const query = hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '';
  const params = new URLSearchParams(query);
  const tag = params.get('tag') ?? undefined;
  const q = params.get('q') ?? '';
  return { tab: tag !== undefined || params.get('tab') === 'arguments' ? 'arguments' : 'text', q, ...(tag ? { tag } : {}) };
}

export function searchHash(params: Partial<SearchParams>): string {
  const search = new URLSearchParams();
  if (params.q) search.set('q', params.q);
  if (params.tab === 'arguments') {
    if (params.tag) search.set('tag', params.tag);
    else search.set('tab', 'arguments');
  }
  const text = search.toString();
  return text ? `#/search?${text}` : '#/search';
}

/** `#/doc/<docId>/b/<blockId>`: opens the document scrolled to that paragraph (see ReaderView). */
export function blockHref(docId: string, blockId: string): string {
  return `#/doc/${encodeURIComponent(docId)}/b/${encodeURIComponent(blockId)}`;
}

export function blockIdFromHash(hash: string): string | null {
  const match = /^#\/doc\/[^/?#]+\/b\/([^/?#]+)/.exec(hash);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

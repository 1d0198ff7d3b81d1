// Runs the query of the page and follows the index's preparation; a newer query makes an older answer irrelevant.
import { useEffect, useState } from 'react';
import { indexStatus, onIndexStatus, type IndexStatus } from './searchIndexService';
import { runSearch, type SearchAnswer } from './runSearch';

export type SearchState = { phase: 'searching' } | { phase: 'done'; answer: SearchAnswer } | { phase: 'failed'; detail: string };

export const PAGE_DOCUMENTS = 30;

export function useSearchResults(query: string, pages: number): { state: SearchState; index: IndexStatus } {
  const [state, setState] = useState<SearchState>({ phase: 'searching' });
  const [index, setIndex] = useState<IndexStatus>(indexStatus);
  useEffect(() => onIndexStatus(setIndex), []);
  useEffect(() => {
    let current = true;
    setState((previous) => (previous.phase === 'done' && pages > 1 ? previous : { phase: 'searching' }));
    runSearch(query, PAGE_DOCUMENTS * pages).then(
      (answer) => current && setState({ phase: 'done', answer }),
      (error: unknown) => current && setState({ phase: 'failed', detail: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [query, pages]);
  return { state, index };
}

// Starts loading the search index in idle time once the library is open, so the first search of a session finds it ready.
import { useEffect } from 'react';
import { preloadSearchIndex } from './searchIndexService';

export function SearchIndexPreloader() {
  useEffect(() => preloadSearchIndex(), []);
  return null;
}

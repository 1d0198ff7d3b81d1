// Starts loading the search index and building missing tag lists in idle time once the library is open, so the first search or listing of a session finds them ready.
import { useEffect } from 'react';
import { preloadSearchIndex } from './searchIndexService';
import { preloadTagLists } from './tagListPreload';

export function SearchIndexPreloader() {
  useEffect(() => preloadSearchIndex(), []);
  useEffect(() => preloadTagLists(), []);
  return null;
}

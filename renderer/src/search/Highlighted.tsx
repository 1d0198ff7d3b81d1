// A snippet with its hits drawn as <mark>: ranges come from shared/search, so no HTML is built from the text.
import type { Snippet } from '../../../shared/search';

export function Highlighted({ snippet }: { snippet: Snippet }) {
  const parts: Array<{ text: string; hit: boolean }> = [];
  let at = 0;
  for (const range of snippet.highlights) {
    if (range.start > at) parts.push({ text: snippet.text.slice(at, range.start), hit: false });
    parts.push({ text: snippet.text.slice(range.start, range.end), hit: true });
    at = range.end;
  }
  if (at < snippet.text.length) parts.push({ text: snippet.text.slice(at), hit: false });
  return (
    <span className="snippet">
      {snippet.clippedStart && '… '}
      {parts.map((part, i) => (part.hit ? <mark key={i} className="search-hit">{part.text}</mark> : <span key={i}>{part.text}</span>))}
      {snippet.clippedEnd && ' …'}
    </span>
  );
}

// Full-text results: documents in order of relevance, each with its matching paragraphs and notes, hits highlighted, paragraph numbers shown.
import { useEffect, useState } from 'react';
import { MAX_WORDS } from '../../../shared/search';
import { formatPinpointCitation } from '../../../shared/legal/citation';
import { useI18n } from '../i18n/useI18n';
import { passageHref } from '../notes/passageLink';
import { Highlighted } from './Highlighted';
import type { ResultDocument, ResultHit } from './runSearch';
import { blockHref } from './searchRoute';
import { useSearchResults } from './useSearchResults';

function hitHref(docId: string, hit: ResultHit): string {
  if (hit.kind === 'block') return blockHref(docId, hit.ref);
  if (hit.kind === 'passageNote') return passageHref(docId, hit.ref);
  return `#/doc/${encodeURIComponent(docId)}`;
}

export function TextResults({ query }: { query: string }) {
  const { t } = useI18n();
  const [pages, setPages] = useState(1);
  useEffect(() => setPages(1), [query]);
  const { state, index } = useSearchResults(query, pages);

  if (state.phase === 'failed') return <p role="alert" className="search-message">{t('search.error', { detail: state.detail })}</p>;
  if (state.phase === 'searching') {
    return (
      <p className="search-message" role="status" aria-busy="true">
        {index.phase === 'indexing' ? t('search.indexing', { done: index.done, total: index.total }) : t('search.searching')}
      </p>
    );
  }
  const answer = state.answer;
  if (answer.kind === 'problem') return <p className="search-message" role="status">{t(`search.problem.${answer.problem}`)}</p>;
  const documents = answer.documents;
  return (
    <div className="search-results">
      {answer.query.truncated && <p className="search-message" role="status">{t('search.truncated', { max: MAX_WORDS })}</p>}
      {documents.length === 0 ? (
        <p className="search-message" role="status">{t('search.none', { query: query.length > 80 ? `${query.slice(0, 79)}…` : query })}</p>
      ) : (
        <>
          <p className="search-count" role="status">
            {t(answer.capped && !answer.exact ? 'search.countCapped' : 'search.count', { total: answer.total, documents: answer.documentCount })}
          </p>
          <ol className="search-documents">
            {documents.map((result) => (
              <DocumentResult key={result.document.id} result={result} />
            ))}
          </ol>
          {answer.capped && (
            <button type="button" onClick={() => setPages((n) => n + 1)}>
              {t('search.more')}
            </button>
          )}
        </>
      )}
    </div>
  );
}

function DocumentResult({ result }: { result: ResultDocument }) {
  const { lang, t } = useI18n();
  const { document } = result;
  return (
    <li className="search-document">
      <h3>
        <a href={`#/doc/${encodeURIComponent(document.id)}`}>{document.title}</a>
      </h3>
      <p className="citation">{formatPinpointCitation(document, undefined, lang)}</p>
      <ul className="search-hits">
        {result.hits.map((hit) => (
          <li key={hit.id}>
            <a className="search-hit-link" href={hitHref(document.id, hit)} title={t('search.open')}>
              <span className="search-hit-where">
                {hit.kind === 'block' ? (hit.number ? t('search.point', { number: hit.number }) : '¶') : t(`search.kind.${hit.kind}`)}
                {hit.kind === 'passageNote' && hit.number ? ` · ${t('search.point', { number: hit.number })}` : ''}
              </span>
              <Highlighted snippet={hit.snippet} />
            </a>
          </li>
        ))}
      </ul>
      {result.more > 0 && <p className="search-more-in-doc">{t(result.moreUpTo ? 'search.moreUpTo' : 'search.moreInDocument', { count: result.more })}</p>}
    </li>
  );
}

// The comparison page: the picker until two documents are chosen, then the argument and text views of A against B.
import { useState } from 'react';
import { formatPinpointCitation } from '../../../shared/legal/citation';
import { useI18n } from '../i18n/useI18n';
import { ArgumentView } from './ArgumentView';
import { CarryOverDialog } from './CarryOverDialog';
import { ComparePicker } from './ComparePicker';
import { TextView } from './TextView';
import { sameCitation, sideProblem } from './sideProblem';
import { useCompareData, type Side } from './useCompareData';
import { percentOf, useComparison } from './useComparison';
import { useCompareExport } from './useCompareExport';
import './compare.css';

interface Props {
  a?: string;
  b?: string;
  /** Opens `#/compare/<a>/<b>`, or the picker when an id is missing. */
  onCompare: (a?: string, b?: string) => void;
}

export function CompareView({ a, b, onCompare }: Props) {
  if (!a || !b || a === b) return <ComparePicker key={`${a}/${b}`} {...(a ? { initialA: a } : {})} {...(b ? { initialB: b } : {})} onCompare={onCompare} />;
  return <ComparisonPage key={`${a}/${b}`} idA={a} idB={b} onCompare={onCompare} />;
}

function ComparisonPage({ idA, idB, onCompare }: { idA: string; idB: string; onCompare: Props['onCompare'] }) {
  const { lang, t } = useI18n();
  const { a, b, tags } = useCompareData(idA, idB);
  const problems = [sideProblem(a, 'A', t), sideProblem(b, 'B', t)].filter((p): p is string => p !== null);
  const ready = problems.length === 0 && a.blocks !== undefined && b.blocks !== undefined;
  const { state, cancel, restart } = useComparison(ready ? a.blocks : undefined, ready ? b.blocks : undefined);
  const comparison = state.status === 'done' ? state.comparison : null;
  const exportAs = useCompareExport(a, b, tags, comparison);
  const [tab, setTab] = useState<'arguments' | 'text'>('arguments');
  const [carrying, setCarrying] = useState(false);

  const header = (side: Side, name: 'A' | 'B') =>
    side.document ? (
      <div className={`compare-doc compare-doc-${name.toLowerCase()}`}>
        <span className="compare-doc-side">{name}</span>
        <a href={`#/doc/${encodeURIComponent(side.document.id)}`} className="compare-doc-title">
          {side.document.title}
        </a>
        {/* A title made from the citation would say the same thing twice. */}
        {!sameCitation(side.document.title, formatPinpointCitation(side.document, undefined, lang)) && (
          <span className="citation">{formatPinpointCitation(side.document, undefined, lang)}</span>
        )}
      </div>
    ) : null;

  return (
    <main className="compare" aria-labelledby="compare-title" aria-busy={state.status === 'running' || !ready}>
      <div className="view-header compare-header">
        <div>
          <h1 id="compare-title">{t('compare.title')}</h1>
          <div className="compare-docs">
            {header(a, 'A')}
            {header(b, 'B')}
          </div>
        </div>
        <div className="header-actions">
          <button type="button" onClick={() => onCompare(idB, idA)}>
            ⇄ {t('compare.swap')}
          </button>
          <button type="button" onClick={() => onCompare(idA)}>
            {t('compare.change')}
          </button>
          <button type="button" onClick={() => setCarrying(true)} disabled={!ready}>
            {t('compare.carry.open')}
          </button>
          <button type="button" onClick={() => void exportAs('markdown')} disabled={!comparison}>
            {t('compare.exportMarkdown')}
          </button>
          <button type="button" onClick={() => void exportAs('docx')} disabled={!comparison}>
            {t('compare.exportDocx')}
          </button>
        </div>
      </div>
      {problems.length > 0 && (
        <div className="compare-message compare-error" role="alert">
          {problems.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
          <button type="button" onClick={() => onCompare(a.document ? idA : undefined)}>
            {t('compare.change')}
          </button>
        </div>
      )}
      {problems.length === 0 && !ready && <p className="empty">{t('compare.loading')}</p>}
      {state.status === 'running' && (
        <div className="compare-progress" role="status">
          <span>
            {t('compare.working', { percent: String(percentOf(state.progress)) })}
            {state.progress ? ` — ${t(`compare.phase.${state.progress.phase}`)}` : ''}
          </span>
          <progress max={100} value={percentOf(state.progress)} />
          <button type="button" onClick={cancel}>
            {t('compare.cancel')}
          </button>
        </div>
      )}
      {state.status === 'cancelled' && (
        <div className="compare-message" role="status">
          <p>{t('compare.cancelled')}</p>
          <button type="button" onClick={restart}>
            {t('compare.restart')}
          </button>
        </div>
      )}
      {state.status === 'error' && (
        <div className="compare-message compare-error" role="alert">
          <p>{t('compare.error.failed', { detail: state.message })}</p>
          <button type="button" onClick={restart}>
            {t('compare.restart')}
          </button>
        </div>
      )}
      {ready && (
        <>
          <div className="compare-tabs" role="tablist" aria-label={t('compare.tabs.label')}>
            {(['arguments', 'text'] as const).map((name) => (
              <button
                key={name}
                type="button"
                role="tab"
                id={`compare-tab-${name}`}
                aria-selected={tab === name}
                aria-controls={`compare-panel-${name}`}
                tabIndex={tab === name ? 0 : -1}
                onClick={() => setTab(name)}
                onKeyDown={(e) => {
                  if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') setTab(tab === 'arguments' ? 'text' : 'arguments');
                }}
              >
                {t(`compare.tabs.${name}`)}
              </button>
            ))}
          </div>
          <div role="tabpanel" id={`compare-panel-${tab}`} aria-labelledby={`compare-tab-${tab}`} className="compare-panel">
            {tab === 'arguments' ? (
              <ArgumentView a={a} b={b} tags={tags} />
            ) : comparison ? (
              <TextView comparison={comparison} a={a} b={b} tags={tags} />
            ) : null}
          </div>
        </>
      )}
      {carrying && ready && <CarryOverDialog a={a} b={b} tags={tags} onClose={() => setCarrying(false)} />}
    </main>
  );
}

// The argument view: one row per codebook tag, A's and B's passages with that tag side by side, filters by role and stance.
import { useMemo, useState } from 'react';
import { argumentRows, hasArguments, type ArgumentFilters, type ArgumentPassage, type ArgumentRow } from '../../../shared/compare';
import { tagDisplayName } from '../../../shared/i18n';
import type { PassageRole, Stance, Tag } from '../../../shared/model';
import { passageHref } from '../notes/passageLink';
import { useI18n } from '../i18n/useI18n';
import type { Side } from './useCompareData';

const ROLES: readonly PassageRole[] = ['claimant', 'defence', 'reasoning', 'operative', 'commentary'];
const STANCES: readonly Stance[] = ['accepted', 'rejected', 'undecided'];
/** A cell quotes this much of a passage; the whole is one click away. */
const QUOTE_LENGTH = 280;

interface Props {
  a: Side;
  b: Side;
  tags: readonly Tag[];
}

function PassageCell({ items, docId }: { items: readonly ArgumentPassage[]; docId: string }) {
  const { t } = useI18n();
  if (items.length === 0) return <span className="compare-none">—</span>;
  return (
    <ul className="compare-passages">
      {items.map(({ passage, paragraph }) => {
        const quote = passage.anchor.quote.exact.replace(/\s+/gu, ' ').trim();
        const short = quote.length > QUOTE_LENGTH ? `${quote.slice(0, QUOTE_LENGTH).trimEnd()}…` : quote;
        const details = [
          paragraph ? t('compare.paragraph', { number: paragraph }) : null,
          passage.role ? t(`role.${passage.role}`) : null,
          t(`stance.${passage.stance ?? 'undecided'}`),
        ].filter(Boolean);
        return (
          <li key={passage.id}>
            <a className="compare-passage" href={passageHref(docId, passage.id)} title={t('compare.arguments.open')}>
              <q>{short}</q>
            </a>
            <span className="compare-passage-meta">{details.join(' · ')}</span>
          </li>
        );
      })}
    </ul>
  );
}

export function ArgumentView({ a, b, tags }: Props) {
  const { lang, t } = useI18n();
  const [filters, setFilters] = useState<ArgumentFilters>({});
  const [hideUnused, setHideUnused] = useState(false);
  const rows = useMemo(
    () => argumentRows({ tags, passagesA: a.passages, passagesB: b.passages, blocksA: a.blocks ?? [], blocksB: b.blocks ?? [], filters }),
    [a.blocks, a.passages, b.blocks, b.passages, filters, tags],
  );
  const withA = hasArguments(a.passages);
  const withB = hasArguments(b.passages);
  if (!withA && !withB) {
    return (
      <p className="compare-message" role="note">
        {t('compare.arguments.nothingTagged')}
      </p>
    );
  }
  const shown: ArgumentRow[] = hideUnused ? rows.filter((row) => row.presence !== 'neither') : rows;
  const anyShown = rows.some((row) => row.presence !== 'neither');
  const docA = a.document;
  const docB = b.document;
  if (!docA || !docB) return null;
  return (
    <section className="compare-arguments" aria-labelledby="compare-arguments-title">
      <h2 id="compare-arguments-title" className="visually-hidden">
        {t('compare.arguments.heading')}
      </h2>
      {(!withA || !withB) && (
        <p className="compare-message" role="note">
          {t('compare.arguments.oneUntagged', { side: withA ? 'B' : 'A', title: withA ? docB.title : docA.title })}
        </p>
      )}
      <div className="compare-filters" role="group" aria-label={t('filter.label')}>
        <label>
          {t('filter.role')}{' '}
          <select value={filters.role ?? ''} onChange={(e) => setFilters((f) => ({ ...f, role: (e.target.value || undefined) as ArgumentFilters['role'] }))}>
            <option value="">{t('filter.all')}</option>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`role.${role}`)}
              </option>
            ))}
            <option value="none">{t('role.none')}</option>
          </select>
        </label>
        <label>
          {t('filter.stance')}{' '}
          <select value={filters.stance ?? ''} onChange={(e) => setFilters((f) => ({ ...f, stance: (e.target.value || undefined) as Stance | undefined }))}>
            <option value="">{t('filter.all')}</option>
            {STANCES.map((stance) => (
              <option key={stance} value={stance}>
                {t(`stance.${stance}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="compare-check">
          <input type="checkbox" checked={hideUnused} onChange={(e) => setHideUnused(e.target.checked)} /> {t('compare.arguments.hideUnused')}
        </label>
      </div>
      {!anyShown && <p className="compare-message">{t('compare.arguments.noneShown')}</p>}
      <table className="compare-argument-table">
        <thead>
          <tr>
            <th scope="col">{t('compare.arguments.tag')}</th>
            <th scope="col">A — {docA.title}</th>
            <th scope="col">B — {docB.title}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.tag.id} className={`compare-argument-row presence-${row.presence}`} data-tag-id={row.tag.id}>
              <th scope="row" style={{ paddingInlineStart: `${0.5 + row.depth * 1.25}rem` }}>
                <span className="compare-tag-name">
                  <span className="tag-swatch" style={{ background: row.tag.color }} aria-hidden="true" />
                  {tagDisplayName(row.tag, lang) || row.tag.id}
                </span>
                <span className="compare-count">{t('compare.arguments.count', { a: String(row.a.length), b: String(row.b.length) })}</span>
                {(row.presence === 'onlyA' || row.presence === 'onlyB') && <span className={`compare-presence ${row.presence}`}>{t(`compare.presence.${row.presence}`)}</span>}
              </th>
              <td>
                <PassageCell items={row.a} docId={docA.id} />
              </td>
              <td>
                <PassageCell items={row.b} docId={docB.id} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

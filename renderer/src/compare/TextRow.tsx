// One row of the side-by-side text: A's paragraph(s), the kind of change in words, B's paragraph(s), tags in the margins.
import { memo, type ReactNode } from 'react';
import { splitNumber, type AlignedRow, type DiffPart } from '../../../shared/compare';
import { tagDisplayName } from '../../../shared/i18n';
import type { Block, Tag } from '../../../shared/model';
import { useI18n } from '../i18n/useI18n';

interface Props {
  row: AlignedRow;
  blocksA: readonly Block[];
  blocksB: readonly Block[];
  tagsA: ReadonlyMap<string, Tag[]>;
  tagsB: ReadonlyMap<string, Tag[]>;
  current: boolean;
  index: number;
}

export type RowKind = 'identical' | 'renumbered' | 'changed' | 'added' | 'removed' | 'moved';

export function rowKind(row: AlignedRow): RowKind {
  if (row.kind === 'identical') return row.renumbered ? 'renumbered' : 'identical';
  if (row.kind === 'movedIn' || row.kind === 'movedOut') return 'moved';
  return row.kind;
}

function Chips({ blocks, tags, side }: { blocks: readonly (Block | undefined)[]; tags: ReadonlyMap<string, Tag[]>; side: 'a' | 'b' }) {
  const { lang, t } = useI18n();
  const seen = new Map<string, Tag>();
  for (const block of blocks) for (const tag of (block && tags.get(block.id)) ?? []) seen.set(tag.id, tag);
  const list = [...seen.values()];
  if (list.length === 0) return <div className={`compare-margin margin-${side}`} />;
  const names = list.map((tag) => tagDisplayName(tag, lang) || tag.id).join(', ');
  return (
    <div className={`compare-margin margin-${side}`} title={t('compare.text.tags', { tags: names })} aria-label={t('compare.text.tags', { tags: names })} role="img">
      {list.map((tag) => (
        <span key={tag.id} className="compare-chip" style={{ background: tag.color }} />
      ))}
    </div>
  );
}

/** Diff parts for one side: kept text, and that side's own changes marked (del in A, ins in B). */
function Parts({ parts, side }: { parts: readonly DiffPart[]; side: 'a' | 'b' }) {
  const { t } = useI18n();
  return (
    <>
      {parts.map((part, i) => {
        if (part.op === 'equal') return <span key={i}>{part.text}</span>;
        if ((side === 'a' && part.op === 'delete') || (side === 'b' && part.op === 'insert')) {
          // The spaces around a change stay plain: a struck or underlined space reads as a stray mark.
          const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/u.exec(part.text) ?? [];
          const Mark = part.op === 'delete' ? 'del' : 'ins';
          return (
            <span key={i}>
              {lead}
              <Mark title={t(part.op === 'delete' ? 'compare.text.deleted' : 'compare.text.inserted')}>{core}</Mark>
              {trail}
            </span>
          );
        }
        return null;
      })}
    </>
  );
}

function NumberPrefix({ before, after, side }: { before: string; after: string; side: 'a' | 'b' }) {
  const own = side === 'a' ? before : after;
  if (!own) return null;
  if (before === after) return <span>{own}</span>;
  return side === 'a' ? <><del>{own.trimEnd()}</del> </> : <><ins>{own.trimEnd()}</ins> </>;
}

function Cell({ side, blocks, children }: { side: 'a' | 'b'; blocks: readonly (Block | undefined)[]; children?: ReactNode }) {
  return (
    <div className={`compare-cell cell-${side}`} data-block-ids={blocks.map((b) => b?.id ?? '').join(' ')}>
      {children}
    </div>
  );
}

export const TextRow = memo(function TextRow({ row, blocksA, blocksB, tagsA, tagsB, current, index }: Props) {
  const { t } = useI18n();
  const kind = rowKind(row);
  const a = row.kind === 'identical' || row.kind === 'removed' || row.kind === 'movedOut' ? [blocksA[row.a]] : row.kind === 'changed' ? row.a.map((i) => blocksA[i]) : [];
  const b = row.kind === 'identical' || row.kind === 'added' || row.kind === 'movedIn' ? [blocksB[row.b]] : row.kind === 'changed' ? row.b.map((j) => blocksB[j]) : [];
  const plain = (blocks: readonly (Block | undefined)[]) => blocks.map((block, i) => <p key={block?.id ?? i}>{block?.text}</p>);
  const number = (block: Block | undefined) => block?.number ?? splitNumber(block?.text ?? '').number ?? '';

  let cellA: ReactNode = plain(a);
  let cellB: ReactNode = plain(b);
  let remark: string | null = null;
  if (row.kind === 'changed' || (row.kind === 'movedIn' && row.diff)) {
    const firstA = row.kind === 'changed' ? blocksA[row.a[0] as number] : blocksA[row.from];
    const firstB = row.kind === 'changed' ? blocksB[row.b[0] as number] : blocksB[row.b];
    const before = splitNumber(firstA?.text ?? '').prefix;
    const after = splitNumber(firstB?.text ?? '').prefix;
    const diff = row.kind === 'changed' ? row.diff : (row.diff as DiffPart[]);
    if (row.kind === 'changed') {
      cellA = (
        <p className="compare-diff">
          <NumberPrefix before={before} after={after} side="a" />
          <Parts parts={diff} side="a" />
        </p>
      );
    }
    cellB = (
      <p className="compare-diff">
        <NumberPrefix before={before} after={after} side="b" />
        <Parts parts={diff} side="b" />
      </p>
    );
  }
  if (row.kind === 'removed') cellA = a.map((block, i) => <p key={i}><del>{block?.text}</del></p>);
  if (row.kind === 'added') cellB = b.map((block, i) => <p key={i}><ins>{block?.text}</ins></p>);
  if (row.kind === 'movedOut') remark = t('compare.remark.movedTo', { to: t('compare.paragraph', { number: number(blocksB[row.to]) || String(row.to + 1) }) });
  if (row.kind === 'movedIn') remark = t('compare.remark.movedFrom', { from: t('compare.paragraph', { number: number(blocksA[row.from]) || String(row.from + 1) }) });
  if (row.kind === 'identical' && row.renumbered) remark = t('compare.remark.renumbered', { from: number(a[0]), to: number(b[0]) });

  return (
    <div className={`compare-row kind-${kind}${current ? ' current' : ''}`} data-row={index} data-kind={kind} aria-current={current ? 'true' : undefined}>
      <Chips blocks={a} tags={tagsA} side="a" />
      <Cell side="a" blocks={a}>
        {cellA}
      </Cell>
      <div className="compare-kind">
        <span className="compare-kind-label">{t(`compare.kind.${kind}`)}</span>
        {remark && <span className="compare-remark">{remark}</span>}
      </div>
      <Cell side="b" blocks={b}>
        {cellB}
      </Cell>
      <Chips blocks={b} tags={tagsB} side="b" />
    </div>
  );
});

// Carry-over: A's passages found in B where B has none, each offered with its tags and note; accepted through the undo history.
import { useMemo, useState } from 'react';
import { carryOverCandidates, type CarryOverCandidate } from '../../../shared/compare';
import { rowChange } from '../../../shared/codebook/change';
import { tagDisplayName } from '../../../shared/i18n';
import type { Tag } from '../../../shared/model';
import { useHistory } from '../codebook/history';
import { newId } from '../db/ids';
import { useI18n } from '../i18n/useI18n';
import { ModalDialog } from '../ui/ModalDialog';
import { useNotices } from '../ui/notices';
import type { Side } from './useCompareData';

interface Props {
  a: Side;
  b: Side;
  tags: readonly Tag[];
  onClose: () => void;
}

export function CarryOverDialog({ a, b, tags, onClose }: Props) {
  const { lang, t } = useI18n();
  const { notify } = useNotices();
  const { perform } = useHistory();
  const [busy, setBusy] = useState(false);
  const docIdB = b.document?.id ?? '';
  // Recomputed when B's passages change: an accepted passage then has a passage in B and leaves the list.
  const candidates = useMemo(
    () =>
      a.blocks && b.blocks && docIdB
        ? carryOverCandidates({ blocksA: a.blocks, blocksB: b.blocks, passagesA: a.passages, passagesB: b.passages, docIdB, newId, now: Date.now() })
        : [],
    [a.blocks, a.passages, b.blocks, b.passages, docIdB],
  );
  const tagById = useMemo(() => new Map(tags.map((tag) => [tag.id, tag] as const)), [tags]);

  const accept = async (chosen: readonly CarryOverCandidate[]) => {
    if (chosen.length === 0) return;
    setBusy(true);
    try {
      await perform({ kind: 'carryOver', tags: [], annotations: chosen.map((c) => rowChange(undefined, c.passage)) });
      notify('success', t('compare.carry.done', { count: String(chosen.length) }));
    } catch (error) {
      notify('error', t('error.generic', { detail: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalDialog className="compare-carry-dialog" labelledBy="carry-title" describedBy="carry-intro" onCancel={onClose}>
      <h2 id="carry-title">{t('compare.carry.heading')}</h2>
      <p id="carry-intro">{candidates.length > 0 ? t('compare.carry.intro') : t('compare.carry.none')}</p>
      {candidates.length > 0 && (
        <ul className="compare-carry-list">
          {candidates.map((candidate) => (
            <li key={candidate.source.id}>
              <q>{candidate.source.anchor.quote.exact}</q>
              <span className="compare-carry-tags">
                {candidate.passage.tagIds.map((id) => {
                  const tag = tagById.get(id);
                  return (
                    <span key={id} className="tag-chip">
                      <span className="tag-swatch" style={{ background: tag?.color ?? 'transparent' }} aria-hidden="true" />
                      {tag ? tagDisplayName(tag, lang) || tag.id : id}
                    </span>
                  );
                })}
                {candidate.fuzzy && <em className="compare-carry-fuzzy">{t('compare.carry.fuzzy')}</em>}
              </span>
              <button type="button" disabled={busy} onClick={() => void accept([candidate])}>
                {t('compare.carry.accept')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="dialog-actions">
        {candidates.length > 0 && (
          <button type="button" className="primary" disabled={busy} onClick={() => void accept(candidates)}>
            {t('compare.carry.acceptAll', { count: String(candidates.length) })}
          </button>
        )}
        <button type="button" onClick={onClose}>
          {t('compare.carry.close')}
        </button>
      </div>
    </ModalDialog>
  );
}

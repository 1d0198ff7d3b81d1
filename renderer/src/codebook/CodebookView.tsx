// The codebook manager (#/codebook): the tags as a tree, with create, edit, reorder, merge, delete and .qdc exchange.
import { useState } from 'react';
import { useI18n } from '../i18n/useI18n';
import { ConfirmBox } from './ConfirmBox';
import { TagForm } from './TagForm';
import { useCodebook } from './useCodebook';
import { useCodebookActions } from './useCodebookActions';
import { useQdcFile } from './useQdcFile';

type Pending = { kind: 'delete'; id: string } | { kind: 'merge'; id: string; intoId: string } | null;

export function CodebookView() {
  const { t } = useI18n();
  const { tags, tree, usage, loaded } = useCodebook();
  const { save, move, merge, remove, name } = useCodebookActions(tags);
  const { exportQdc, importQdc } = useQdcFile(tags);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const byId = new Map(tags.map((tag) => [tag.id, tag] as const));
  const pendingTag = pending ? byId.get(pending.id) : undefined;
  const pendingCount = pending ? (usage.get(pending.id) ?? 0) : 0;
  const editedTag = editing && editing !== 'new' ? (byId.get(editing) ?? null) : null;

  return (
    <main className="codebook" aria-labelledby="codebook-title" aria-busy={!loaded}>
      <div className="view-header">
        <div>
          <h1 id="codebook-title">{t('codebook.title')}</h1>
          <p className="hint">{t('codebook.intro')}</p>
        </div>
        <div className="header-actions">
          <button type="button" className="primary" onClick={() => setEditing('new')}>
            {t('codebook.new')}
          </button>
          <button type="button" onClick={() => void importQdc()}>
            {t('codebook.qdc.import')}
          </button>
          <button type="button" onClick={() => void exportQdc()}>
            {t('codebook.qdc.export')}
          </button>
        </div>
      </div>
      <div className="codebook-body">
        <ul className="codebook-list" aria-label={t('codebook.listLabel')}>
          {tree.map(({ tag, depth }) => {
            const tagName = name(tag);
            const count = usage.get(tag.id) ?? 0;
            return (
              <li key={tag.id} className="codebook-row" data-tag-id={tag.id} style={{ paddingLeft: `${0.6 + depth * 1.5}rem` }}>
                <span className="tag-swatch" style={{ background: tag.color }} aria-hidden="true" />
                <span className="codebook-name">{tagName}</span>
                {tag.shortcut && <kbd className="tag-key" title={t('codebook.shortcutTitle', { key: tag.shortcut })}>{tag.shortcut}</kbd>}
                <span className="codebook-usage">{t('codebook.usage', { count: String(count) })}</span>
                {tag.description && <span className="codebook-definition">{tag.description}</span>}
                <span className="row-actions">
                  <button type="button" onClick={() => setEditing(tag.id)} aria-label={t('codebook.editLabel', { name: tagName })}>
                    {t('codebook.edit')}
                  </button>
                  <button type="button" onClick={() => void move(tag.id, -1)} aria-label={t('codebook.moveUp', { name: tagName })} title={t('codebook.moveUp', { name: tagName })}>
                    ↑
                  </button>
                  <button type="button" onClick={() => void move(tag.id, 1)} aria-label={t('codebook.moveDown', { name: tagName })} title={t('codebook.moveDown', { name: tagName })}>
                    ↓
                  </button>
                  <button type="button" onClick={() => setPending({ kind: 'merge', id: tag.id, intoId: '' })} aria-label={t('codebook.mergeLabel', { name: tagName })}>
                    {t('codebook.merge')}
                  </button>
                  <button type="button" className="danger-link" onClick={() => setPending({ kind: 'delete', id: tag.id })} aria-label={t('codebook.deleteLabel', { name: tagName })}>
                    {t('codebook.delete')}
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
        <div className="codebook-side">
          {pending?.kind === 'delete' && pendingTag && (
            <ConfirmBox
              title={t('codebook.confirmDelete.title', { name: name(pendingTag) })}
              confirmLabel={t('codebook.confirmDelete.confirm')}
              onCancel={() => setPending(null)}
              onConfirm={() => {
                setPending(null);
                void remove(pendingTag.id);
              }}
            >
              <p>{pendingCount > 0 ? t('codebook.confirmDelete.inUse', { count: String(pendingCount) }) : t('codebook.confirmDelete.unused')}</p>
            </ConfirmBox>
          )}
          {pending?.kind === 'merge' && pendingTag && (
            <ConfirmBox
              title={t('codebook.confirmMerge.title', { name: name(pendingTag) })}
              confirmLabel={t('codebook.confirmMerge.confirm')}
              onCancel={() => setPending(null)}
              onConfirm={() => {
                if (!pending.intoId) return;
                setPending(null);
                void merge(pendingTag.id, pending.intoId);
              }}
            >
              <label>
                {t('codebook.confirmMerge.into')}
                <select value={pending.intoId} onChange={(e) => setPending({ ...pending, intoId: e.target.value })}>
                  <option value="">{t('codebook.confirmMerge.choose')}</option>
                  {tags
                    .filter((x) => x.id !== pendingTag.id)
                    .map((x) => (
                      <option key={x.id} value={x.id}>
                        {name(x)}
                      </option>
                    ))}
                </select>
              </label>
              <p>{t('codebook.confirmMerge.body', { count: String(pendingCount) })}</p>
            </ConfirmBox>
          )}
          {editing && (
            <TagForm
              key={editing}
              tag={editedTag}
              tags={tags}
              name={name}
              onCancel={() => setEditing(null)}
              onSave={(fields) => save(editing === 'new' ? null : editing, fields)}
            />
          )}
        </div>
      </div>
    </main>
  );
}

// What the codebook manager does: save, move, merge and delete tags through the undo history, with a message for each refusal.
import { useCallback } from 'react';
import { createTag, deleteTag, editTag, mergeTags, moveTag, type TagFields, type TagProblem } from '../../../shared/codebook/tagOps';
import { tagDisplayName } from '../../../shared/i18n';
import type { Tag } from '../../../shared/model';
import { db } from '../db/database';
import { newId } from '../db/ids';
import { useI18n } from '../i18n/useI18n';
import { useNotices } from '../ui/notices';
import { useHistory } from './history';

export function useCodebookActions(tags: readonly Tag[]) {
  const { lang, t } = useI18n();
  const { notify } = useNotices();
  const { perform } = useHistory();
  const name = useCallback((tag: Tag) => tagDisplayName(tag, lang), [lang]);

  const problemText = useCallback(
    (problem: TagProblem, other: Tag | undefined, candidate: Pick<Tag, 'shortcut'>) =>
      t(`codebook.problem.${problem}`, { name: other ? name(other) : '', key: candidate.shortcut ?? '' }),
    [name, t],
  );

  /** Saves a new tag (`id` null) or an edit; returns the reason it was refused (shown in the form), or null once saved. */
  const save = useCallback(
    async (id: string | null, fields: TagFields & { name: string; color: string }): Promise<string | null> => {
      const result = id === null ? createTag(tags, { id: newId(), parentId: null, ...fields }, name) : editTag(tags, id, fields, name);
      if (!result.ok) return problemText(result.problem, result.other, fields);
      await perform(result.change);
      notify('success', t(id === null ? 'codebook.created' : 'codebook.saved', { name: fields.name.trim() || name(tags.find((x) => x.id === id) ?? (fields as Tag)) }));
      return null;
    },
    [name, notify, perform, problemText, t, tags],
  );

  const move = useCallback((id: string, delta: -1 | 1) => perform(moveTag(tags, id, delta)), [perform, tags]);

  const merge = useCallback(
    async (fromId: string, intoId: string) => {
      const annotations = await db.annotations.where('tagIds').equals(fromId).toArray();
      const result = mergeTags(tags, annotations, fromId, intoId, Date.now());
      if (!result.ok) {
        notify('error', problemText(result.problem, undefined, {}));
        return;
      }
      const from = tags.find((x) => x.id === fromId);
      const into = tags.find((x) => x.id === intoId);
      await perform(result.change);
      notify('success', t('codebook.merged', { from: from ? name(from) : '', into: into ? name(into) : '', count: String(annotations.length) }));
    },
    [name, notify, perform, problemText, t, tags],
  );

  const remove = useCallback(
    async (id: string) => {
      const annotations = await db.annotations.where('tagIds').equals(id).toArray();
      const tag = tags.find((x) => x.id === id);
      await perform(deleteTag(tags, annotations, id, Date.now()));
      notify('success', t('codebook.deleted', { name: tag ? name(tag) : '' }));
    },
    [name, notify, perform, t, tags],
  );

  return { save, move, merge, remove, name };
}

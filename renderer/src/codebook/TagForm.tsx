// The form that creates or edits a tag: name, colour, shortcut, parent, definition, examples and trigger words.
import { useState, type FormEvent } from 'react';
import { TAG_PALETTE, type Tag } from '../../../shared/model';
import { tagTriggers } from '../../../shared/codebook/lexicon';
import type { TagFields } from '../../../shared/codebook/tagOps';
import { useI18n } from '../i18n/useI18n';

interface Props {
  /** The tag being edited, or null for a new one. */
  tag: Tag | null;
  tags: readonly Tag[];
  name: (tag: Tag) => string;
  /** Resolves to the reason the tag was refused, or null when it was saved. */
  onSave: (fields: TagFields & { name: string; color: string }) => Promise<string | null>;
  onCancel: () => void;
}

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

export function TagForm({ tag, tags, name, onSave, onCancel }: Props) {
  const { t } = useI18n();
  const shownName = tag ? name(tag) : '';
  const [fields, setFields] = useState({
    name: shownName,
    color: tag?.color ?? TAG_PALETTE[tags.length % TAG_PALETTE.length] ?? '#cfd4dc',
    shortcut: tag?.shortcut ?? '',
    parentId: tag?.parentId ?? '',
    description: tag?.description ?? '',
    example: tag?.example ?? '',
    counterExample: tag?.counterExample ?? '',
    triggers: tag ? tagTriggers(tag).join('\n') : '',
  });
  const [problem, setProblem] = useState<string | null>(null);
  const set = (key: keyof typeof fields) => (e: { target: { value: string } }) => setFields((f) => ({ ...f, [key]: e.target.value }));
  // A tag cannot sit under itself or under one of its own descendants.
  const descendants = new Set<string>(tag ? [tag.id] : []);
  for (let grew = true; grew; ) {
    grew = false;
    for (const x of tags) {
      if (x.parentId && descendants.has(x.parentId) && !descendants.has(x.id)) {
        descendants.add(x.id);
        grew = true;
      }
    }
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const triggers = fields.triggers.split('\n').map((w) => w.trim()).filter(Boolean);
    const keepsBuiltinName = tag?.builtin !== undefined && tag.name === '' && fields.name.trim() === shownName;
    const builtinTriggers = tag ? tagTriggers({ ...tag, triggers: undefined }) : [];
    const refused = await onSave({
      name: keepsBuiltinName ? '' : fields.name.trim(),
      color: fields.color,
      shortcut: fields.shortcut || undefined,
      parentId: fields.parentId || null,
      description: fields.description.trim() || undefined,
      example: fields.example.trim() || undefined,
      counterExample: fields.counterExample.trim() || undefined,
      // An untouched built-in list stays "the lexicon's", so it follows future lexicon improvements.
      triggers: tag?.triggers === undefined && triggers.join('\n') === builtinTriggers.join('\n') ? undefined : triggers,
    });
    setProblem(refused);
    if (refused === null) onCancel();
  };

  return (
    <form className="tag-form" onSubmit={(e) => void submit(e)} aria-labelledby="tag-form-title">
      <h2 id="tag-form-title">{tag ? t('codebook.form.editTitle', { name: shownName }) : t('codebook.form.newTitle')}</h2>
      <label>
        {t('codebook.form.name')}
        <input value={fields.name} onChange={set('name')} required autoFocus />
      </label>
      <fieldset className="palette">
        <legend>{t('codebook.form.colour')}</legend>
        {TAG_PALETTE.map((colour, i) => (
          <label key={colour} className="palette-swatch" style={{ background: colour }} title={t('codebook.form.colourN', { n: String(i + 1) })}>
            <input type="radio" name="colour" value={colour} checked={fields.color === colour} onChange={set('color')} aria-label={t('codebook.form.colourN', { n: String(i + 1) })} />
          </label>
        ))}
      </fieldset>
      <label>
        {t('codebook.form.shortcut')}
        <select value={fields.shortcut} onChange={set('shortcut')}>
          <option value="">{t('codebook.form.noShortcut')}</option>
          {KEYS.map((key) => (
            <option key={key} value={key}>
              {key}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('codebook.form.parent')}
        <select value={fields.parentId} onChange={set('parentId')}>
          <option value="">{t('codebook.form.noParent')}</option>
          {tags
            .filter((x) => !descendants.has(x.id))
            .map((x) => (
              <option key={x.id} value={x.id}>
                {name(x)}
              </option>
            ))}
        </select>
      </label>
      <label>
        {t('codebook.form.definition')}
        <textarea value={fields.description} onChange={set('description')} rows={3} />
      </label>
      <label>
        {t('codebook.form.example')}
        <textarea value={fields.example} onChange={set('example')} rows={2} />
      </label>
      <label>
        {t('codebook.form.counterExample')}
        <textarea value={fields.counterExample} onChange={set('counterExample')} rows={2} />
      </label>
      <label>
        {t('codebook.form.triggers')}
        <textarea value={fields.triggers} onChange={set('triggers')} rows={4} aria-describedby="triggers-hint" />
      </label>
      <p id="triggers-hint" className="hint">
        {t('codebook.form.triggersHint')}
      </p>
      {problem && (
        <p role="alert" className="form-error">
          {problem}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary">
          {t('codebook.form.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('codebook.form.cancel')}
        </button>
      </div>
    </form>
  );
}

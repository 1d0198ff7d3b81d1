// Choosing the two documents to compare: A (earlier) and B (later) from the library, with what is wrong said plainly.
import { useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatPinpointCitation } from '../../../shared/legal/citation';
import type { GloseDocument } from '../../../shared/model';
import { listDocuments } from '../db/documents';
import { useI18n } from '../i18n/useI18n';

interface Props {
  initialA?: string;
  initialB?: string;
  onCompare: (a: string, b: string) => void;
}

/** Older decisions first, so the natural A comes before the natural B. */
function byDate(x: GloseDocument, y: GloseDocument): number {
  return (x.date ?? '').localeCompare(y.date ?? '') || x.title.localeCompare(y.title);
}

export function ComparePicker({ initialA, initialB, onCompare }: Props) {
  const { lang, t } = useI18n();
  const documents = useLiveQuery(listDocuments, []);
  const [a, setA] = useState(initialA ?? '');
  const [b, setB] = useState(initialB ?? '');
  const [tried, setTried] = useState(initialA !== undefined && initialA === initialB);
  const sorted = documents ? [...documents].sort(byDate) : [];
  const same = a !== '' && a === b;
  const problem = same ? t('compare.error.same') : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (a && b && a !== b) onCompare(a, b);
  };
  // A ruling's title is already its citation; only documents sharing a title need telling apart.
  const titles = new Map<string, number>();
  for (const doc of sorted) titles.set(doc.title, (titles.get(doc.title) ?? 0) + 1);
  const label = (doc: GloseDocument) => {
    if ((titles.get(doc.title) ?? 0) < 2) return doc.title;
    const citation = formatPinpointCitation(doc, undefined, lang);
    return `${doc.title} — ${citation || doc.sourceFileName}`;
  };
  const select = (id: string, value: string, onChange: (value: string) => void, text: string) => (
    <label className="compare-pick-field" htmlFor={id}>
      <span>{text}</span>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} required aria-invalid={tried && (value === '' || same) ? true : undefined}>
        <option value="">{t('compare.pick.choose')}</option>
        {sorted.map((doc) => (
          <option key={doc.id} value={doc.id}>
            {label(doc)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <main className="compare compare-picker" aria-labelledby="compare-title" aria-busy={documents === undefined}>
      <h1 id="compare-title">{t('compare.title')}</h1>
      <p className="compare-intro">{t('compare.pick.intro')}</p>
      {documents !== undefined && documents.length < 2 ? (
        <div className="compare-message" role="status">
          <p>{t('compare.pick.needTwo')}</p>
          <a href="#/">{t('compare.pick.goLibrary')}</a>
        </div>
      ) : (
        <form className="compare-pick-form" onSubmit={submit} noValidate>
          {select('compare-a', a, setA, t('compare.pick.a'))}
          {select('compare-b', b, setB, t('compare.pick.b'))}
          {tried && problem && (
            <p className="compare-error" role="alert">
              {problem}
            </p>
          )}
          <div className="compare-pick-actions">
            <button type="submit" className="primary" disabled={documents === undefined}>
              {t('compare.pick.submit')}
            </button>
          </div>
        </form>
      )}
    </main>
  );
}

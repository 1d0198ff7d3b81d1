// The export dialog's preview: the first passages as the file will read them, in the chosen format.
import { exportCsv, exportJsonLd, exportMarkdown, type ArgumentList, type ExportFormat } from '../../../shared/export';
import { useI18n } from '../i18n/useI18n';

/** Long enough to judge the layout, short enough to render at once for 10,000 passages. */
export const PREVIEW_PASSAGES = 20;
const MAX_TEXT = 20_000;

function textPreview(list: ArgumentList, format: ExportFormat): string | null {
  const cut = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}\n…` : text);
  if (format === 'markdown') return cut(exportMarkdown(list));
  if (format === 'csv') return cut(exportCsv(list).replace(/^\ufeff/, ''));
  if (format === 'jsonld') return cut(exportJsonLd(list));
  return null;
}

export function ExportPreview({ list, format, more }: { list: ArgumentList; format: ExportFormat; more: number }) {
  const { t } = useI18n();
  const text = textPreview(list, format);
  return (
    <section className="export-preview" aria-labelledby="export-preview-heading" tabIndex={0}>
      <h3 id="export-preview-heading">{t('exportDialog.preview')}</h3>
      {text !== null ? (
        <pre className="export-preview-text">{text}</pre>
      ) : (
        <div className="export-preview-page">
          <p className="export-preview-title">{list.title}</p>
          {list.groups.map((group) => (
            <div key={group.key} className="export-preview-group" style={{ marginInlineStart: `${group.depth * 1.2}rem` }}>
              <p className={`export-preview-heading depth-${Math.min(group.depth, 2)}`}>{group.title}</p>
              {group.subtitle && <p className="export-preview-subtitle">{group.subtitle}</p>}
              {group.entries.map((entry) => (
                <div key={entry.passage.id} className="export-preview-passage">
                  <blockquote>{entry.passage.anchor.quote.exact}</blockquote>
                  <p className="export-preview-citation">— {entry.citation}</p>
                  {entry.passage.note?.trim() && <p className="export-preview-note">{t('export.note', { note: entry.passage.note.trim() })}</p>}
                </div>
              ))}
            </div>
          ))}
        </div>
      )}
      {more > 0 && <p className="export-preview-more">{t('exportDialog.previewMore', { count: String(more) })}</p>}
    </section>
  );
}

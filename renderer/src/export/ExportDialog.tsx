// The export dialog: scope, filters, grouping, format, citation style, CSV separator, a preview with counts, then save.
import { useEffect, useMemo, useState } from 'react';
import { buildArgumentList, EXPORT_FORMATS, EXPORT_GROUPINGS, type ExportFormat, type ExportLibrary, type ExportScope } from '../../../shared/export';
import type { Lang } from '../../../shared/i18n';
import { bridge } from '../platform';
import { useI18n } from '../i18n/useI18n';
import { ModalDialog } from '../ui/ModalDialog';
import { useNotices } from '../ui/notices';
import { ExportFiltersFieldset } from './ExportFilters';
import { ExportPreview, PREVIEW_PASSAGES } from './ExportPreview';
import { initialChoices, rememberChoices, type ExportChoices } from './exportSettings';
import { loadExportLibrary } from './loadExportLibrary';
import { previewList } from './previewList';
import { saveExport } from './saveExport';

type Loaded = { status: 'loading' } | { status: 'ready'; library: ExportLibrary } | { status: 'failed'; detail: string };
const detailOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function ExportDialog({ scope: preset, onClose }: { scope: ExportScope; onClose: () => void }) {
  const { lang, t } = useI18n();
  const { notify } = useNotices();
  const [wholeLibrary, setWholeLibrary] = useState(preset.kind === 'library');
  const scope = useMemo<ExportScope>(() => (wholeLibrary ? { kind: 'library' } : preset), [preset, wholeLibrary]);
  const [choices, setChoices] = useState<ExportChoices>(() => initialChoices(lang));
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const set = (patch: Partial<ExportChoices>) => setChoices((now) => ({ ...now, ...patch }));

  useEffect(() => {
    let live = true;
    setLoaded({ status: 'loading' });
    loadExportLibrary(scope)
      .then((library) => live && setLoaded({ status: 'ready', library }))
      .catch((error: unknown) => live && setLoaded({ status: 'failed', detail: detailOf(error) }));
    return () => {
      live = false;
    };
  }, [scope]);
  useEffect(() => rememberChoices(choices), [choices]);

  const library = loaded.status === 'ready' ? loaded.library : null;
  const docTitle = preset.kind === 'documents' && preset.docIds.length === 1 ? library?.documents.find((doc) => doc.id === preset.docIds[0])?.title : undefined;
  const title =
    scope.kind === 'library'
      ? t('export.libraryTitle')
      : scope.kind === 'passages'
        ? t('export.passagesTitle', { label: scope.label ?? String(scope.passageIds.length) })
        : docTitle
          ? t('export.title', { title: docTitle })
          : t('export.documentsTitle', { count: String(scope.docIds.length) });
  const badDates = Boolean(choices.filters.dateFrom && choices.filters.dateTo && choices.filters.dateFrom > choices.filters.dateTo);
  const list = useMemo(() => {
    if (!library) return null;
    const options = { grouping: choices.grouping, lang, citationStyle: choices.citationStyle, csvSeparator: choices.csvSeparator, title, now: new Date() };
    return buildArgumentList(library, scope, choices.filters, options);
  }, [library, scope, choices, lang, title]);
  const preview = useMemo(() => (list ? previewList(list, PREVIEW_PASSAGES) : null), [list]);

  const save = async () => {
    if (!list) return;
    setSaving(true);
    setFailure(null);
    try {
      const baseName = docTitle ?? (scope.kind === 'library' ? t('export.libraryTitle') : title);
      const result = await saveExport(list, choices.format, baseName, {
        dialogTitle: t('export.dialogTitle'),
        filterName: t('exportDialog.filterName', { format: t(`exportDialog.format.${choices.format}`) }),
      });
      if (result.status === 'saved') {
        notify('success', t('exportDialog.saved'));
        onClose();
      }
    } catch (error) {
      setFailure(t('exportDialog.failed', { detail: detailOf(error) }));
    } finally {
      setSaving(false);
    }
  };

  const webPdf = choices.format === 'pdf' && bridge.host === 'web';
  const formatLabel = (format: ExportFormat) => t(format === 'pdf' && bridge.host === 'web' ? 'exportDialog.format.pdfWeb' : `exportDialog.format.${format}`);
  const presetLabel =
    preset.kind === 'documents'
      ? docTitle
        ? t('exportDialog.scope.document', { title: docTitle })
        : t('exportDialog.scope.documents', { count: String(preset.docIds.length) })
      : preset.kind === 'passages'
        ? t('exportDialog.scope.passages', { label: preset.label ?? String(preset.passageIds.length) })
        : null;
  return (
    <ModalDialog className="dialog export-dialog" labelledBy="export-heading" onCancel={onClose}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <h2 id="export-heading">{t('exportDialog.heading')}</h2>
        <div className="export-body">
          <div className="export-options">
            <fieldset className="export-fieldset">
              <legend>{t('exportDialog.scope')}</legend>
              {presetLabel && (
                <label className="export-radio">
                  <input type="radio" name="export-scope" checked={!wholeLibrary} onChange={() => setWholeLibrary(false)} /> {presetLabel}
                </label>
              )}
              <label className="export-radio">
                <input type="radio" name="export-scope" checked={wholeLibrary} onChange={() => setWholeLibrary(true)} /> {t('exportDialog.scope.library')}
              </label>
            </fieldset>
            <fieldset className="export-fieldset export-layout">
              <legend>{t('exportDialog.layout')}</legend>
              <label className="field">
                <span>{t('exportDialog.format')}</span>
                <select value={choices.format} onChange={(e) => set({ format: e.target.value as ExportFormat })}>
                  {EXPORT_FORMATS.map((format) => (
                    <option key={format} value={format}>
                      {formatLabel(format)}
                    </option>
                  ))}
                </select>
              </label>
              <label className="field">
                <span>{t('exportDialog.grouping')}</span>
                <select value={choices.grouping} onChange={(e) => set({ grouping: e.target.value as ExportChoices['grouping'] })}>
                  {EXPORT_GROUPINGS.map((grouping) => (
                    <option key={grouping} value={grouping}>
                      {t(`exportDialog.grouping.${grouping}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label className="field">
                <span>{t('exportDialog.citationStyle')}</span>
                <select value={choices.citationStyle} onChange={(e) => set({ citationStyle: e.target.value as Lang })}>
                  <option value="fr">{t('exportDialog.citationStyle.fr')}</option>
                  <option value="en">{t('exportDialog.citationStyle.en')}</option>
                </select>
              </label>
              {choices.format === 'csv' && (
                <label className="field">
                  <span>{t('exportDialog.csvSeparator')}</span>
                  <select value={choices.csvSeparator} onChange={(e) => set({ csvSeparator: e.target.value as ExportChoices['csvSeparator'] })}>
                    <option value=",">{t('exportDialog.csvSeparator.comma')}</option>
                    <option value=";">{t('exportDialog.csvSeparator.semicolon')}</option>
                  </select>
                </label>
              )}
            </fieldset>
            {library && <ExportFiltersFieldset filters={choices.filters} tags={library.tags} documents={library.documents} onChange={(filters) => set({ filters })} />}
          </div>
          <div className="export-side">
            <p className="export-counts" role="status">
              {loaded.status === 'loading' && t('exportDialog.loading')}
              {list && t('exportDialog.counts', { passages: String(list.entries.length), documents: String(list.documents.length) })}
            </p>
            {list && list.missingDocument > 0 && <p className="export-warning">{t('exportDialog.missing', { count: String(list.missingDocument) })}</p>}
            {loaded.status === 'failed' && <p className="field-error" role="alert">{t('exportDialog.failed', { detail: loaded.detail })}</p>}
            {badDates && <p className="field-error" role="alert">{t('exportDialog.badDates')}</p>}
            {list && list.entries.length === 0 && !badDates && <p className="empty">{t('exportDialog.empty')}</p>}
            {preview && list && list.entries.length > 0 && <ExportPreview list={preview.list} format={choices.format} more={preview.total - preview.shown} />}
          </div>
        </div>
        {failure && <p className="field-error" role="alert">{failure}</p>}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('exportDialog.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!list || list.entries.length === 0 || badDates || saving} aria-busy={saving}>
            {webPdf ? t('exportDialog.print') : t('exportDialog.save')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

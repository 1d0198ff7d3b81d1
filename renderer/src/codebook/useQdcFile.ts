// Imports and exports the codebook as a REFI-QDA .qdc file through the host (dialog in the desktop app, picker/download on the web).
import { useCallback } from 'react';
import { planQdcImport } from '../../../shared/codebook/qdcImport';
import { readQdc } from '../../../shared/codebook/qdcRead';
import { writeQdc } from '../../../shared/codebook/qdcWrite';
import { tagDisplayName, tagNames } from '../../../shared/i18n';
import type { Tag } from '../../../shared/model';
import { newId } from '../db/ids';
import { bridge } from '../platform';
import { useI18n } from '../i18n/useI18n';
import { useNotices } from '../ui/notices';
import { useHistory } from './history';

const parseXml = (text: string) => new DOMParser().parseFromString(text, 'application/xml');

export function useQdcFile(tags: readonly Tag[]) {
  const { lang, t } = useI18n();
  const { notify } = useNotices();
  const { perform } = useHistory();

  const exportQdc = useCallback(async () => {
    const data = writeQdc(tags, (tag) => tagDisplayName(tag, lang));
    const result = await bridge.saveFile({
      title: t('codebook.qdc.exportTitle'),
      suggestedName: 'glose-codebook.qdc',
      mimeType: 'application/xml;charset=utf-8',
      filters: [{ name: t('codebook.qdc.filter'), extensions: ['qdc'] }],
      data,
    });
    if (result.status === 'saved') notify('success', t('codebook.qdc.exported', { count: String(tags.length) }));
  }, [lang, notify, t, tags]);

  const importQdc = useCallback(async () => {
    const [file] = await bridge.openFiles({ title: t('codebook.qdc.importTitle'), filters: [{ name: t('codebook.qdc.filter'), extensions: ['qdc', 'xml'] }] });
    if (!file) return;
    if (!file.bytes) {
      notify('error', t('codebook.qdc.problem.tooLarge', { file: file.name }));
      return;
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
    } catch {
      notify('error', t('codebook.qdc.problem.notXml', { file: file.name, detail: '' }));
      return;
    }
    // Everything is checked before anything is written: a refused file leaves the codebook as it was.
    const read = readQdc(text, parseXml);
    if (!read.ok) {
      notify('error', t(`codebook.qdc.problem.${read.problem}`, { file: file.name, detail: read.detail ?? '' }));
      return;
    }
    const plan = planQdcImport(tags, read.codes, tagNames, newId);
    await perform(plan.change);
    notify('success', t('codebook.qdc.imported', { file: file.name, added: String(plan.added), updated: String(plan.updated) }));
  }, [notify, perform, t, tags]);

  return { exportQdc, importQdc };
}

// Words a refused backup's problem in the user's language: what was wrong, where, and what to do.
import type { BackupProblem } from '../../../shared/backup';
import type { MessageKey, MessageParams } from '../../../shared/i18n';

type T = (key: MessageKey, params?: MessageParams) => string;

const TABLE_KEYS: Record<string, MessageKey> = {
  documents: 'table.documents',
  blocks: 'table.blocks',
  annotations: 'table.annotations',
  tags: 'table.tags',
  settings: 'table.settings',
};

/** A table as the user knows it ("Passages"), or its own name for a table this build has no word for. */
export function tableLabel(t: T, table: string): string {
  const key = TABLE_KEYS[table];
  return key ? t(key) : table;
}

export function backupProblemText(t: T, problem: BackupProblem): string {
  const table = 'table' in problem ? tableLabel(t, problem.table).toLocaleLowerCase() : '';
  switch (problem.code) {
    case 'empty':
    case 'foreign':
    case 'headerChecksum':
      return t(`problem.${problem.code}`);
    case 'newerFormat':
      return t('problem.newerFormat', { format: String(problem.format) });
    case 'newerSchema':
      return t('problem.newerSchema', { schema: String(problem.schema) });
    case 'badHeader':
      return t('problem.badHeader', { field: problem.field });
    case 'truncated':
    case 'badLine':
    case 'afterTrailer':
      return t(`problem.${problem.code}`, { line: String(problem.line) });
    case 'unknownTable':
      return t('problem.unknownTable', { table: problem.table, line: String(problem.line) });
    case 'duplicateTable':
      return t('problem.duplicateTable', { table, line: String(problem.line) });
    case 'checksum':
      return t('problem.checksum', { table });
    case 'count':
      return t('problem.count', { table, expected: String(problem.expected), found: String(problem.found) });
    case 'invalidRecord': {
      const detail =
        problem.problem.kind === 'missing' ? t('field.missing') : problem.problem.kind === 'type' ? t('field.type', { expected: problem.problem.expected }) : t('field.value');
      return t('problem.invalidRecord', { table, record: problem.record, line: String(problem.line), field: problem.field, detail });
    }
  }
}

// Every refusal reads as a whole sentence in both languages, with the facts (table, record, field, line) filled in.
import { describe, expect, it } from 'vitest';
import { translate, type Lang, type MessageKey, type MessageParams } from '../../../shared/i18n';
import type { BackupProblem } from '../../../shared/backup';
import { backupProblemText } from '../../../renderer/src/settings/backupMessages';

const PROBLEMS: BackupProblem[] = [
  { code: 'empty' },
  { code: 'foreign' },
  { code: 'newerFormat', format: 2 },
  { code: 'newerSchema', schema: 5 },
  { code: 'badHeader', field: 'createdAt' },
  { code: 'truncated', line: 40 },
  { code: 'badLine', line: 12 },
  { code: 'unknownTable', table: 'dossiers', line: 3 },
  { code: 'duplicateTable', table: 'tags', line: 9 },
  { code: 'afterTrailer', line: 80 },
  { code: 'checksum', table: 'annotations' },
  { code: 'headerChecksum' },
  { code: 'count', table: 'blocks', expected: 10, found: 9 },
  { code: 'invalidRecord', table: 'annotations', record: 'p12', line: 345, field: 'anchor.start.offset', problem: { kind: 'type', expected: 'number' } },
];

const t = (lang: Lang) => (key: MessageKey, params?: MessageParams) => translate(lang, key, params);

describe('backupProblemText', () => {
  it.each(['fr', 'en'] as const)('words every problem in %s with nothing left unfilled', (lang) => {
    for (const problem of PROBLEMS) {
      const text = backupProblemText(t(lang), problem);
      expect(text.length, problem.code).toBeGreaterThan(10);
      expect(text, problem.code).not.toMatch(/[{}]/);
    }
  });

  it('names the table, record, line and field of an invalid record', () => {
    expect(backupProblemText(t('en'), PROBLEMS.at(-1)!)).toBe('in passages, record “p12” (line 345), the field “anchor.start.offset” should be of type number.');
    expect(backupProblemText(t('fr'), { code: 'checksum', table: 'blocks' })).toContain('ses paragraphes du texte ont été modifiés');
  });
});

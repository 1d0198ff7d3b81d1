// Why a backup file is refused: a code and the facts the message needs; the renderer words it in the user's language.

export type BackupProblem =
  | { code: 'empty' }
  | { code: 'foreign' }
  | { code: 'newerFormat'; format: number }
  | { code: 'newerSchema'; schema: number }
  | { code: 'badHeader'; field: string }
  | { code: 'truncated'; line: number }
  | { code: 'badLine'; line: number }
  | { code: 'unknownTable'; table: string; line: number }
  | { code: 'duplicateTable'; table: string; line: number }
  | { code: 'afterTrailer'; line: number }
  | { code: 'checksum'; table: string }
  | { code: 'headerChecksum' }
  | { code: 'count'; table: string; expected: number; found: number }
  | { code: 'invalidRecord'; table: string; record: string; line: number; field: string; problem: FieldProblem };

/** What is wrong with a field, in words the dictionary can translate. */
export type FieldProblem = { kind: 'missing' } | { kind: 'type'; expected: string } | { kind: 'value' };

export class BackupError extends Error {
  constructor(readonly problem: BackupProblem) {
    super(`Backup refused: ${JSON.stringify(problem)}`);
    this.name = 'BackupError';
  }
}

export function isBackupError(error: unknown): error is BackupError {
  return error instanceof BackupError;
}

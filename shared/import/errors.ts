// The one error type importers throw: a code the UI turns into a specific, translated message.

/** Why a file could not be imported; each code has its own message in shared/i18n (`import.error.<code>`). */
export type ImportErrorCode =
  | 'empty'
  | 'binary'
  | 'tooLarge'
  | 'unsupported'
  | 'noText'
  /** The file is damaged or truncated: its format's structure cannot be read (any format). */
  | 'corrupt'
  /** An archive (DOCX, ODT) whose declared content would inflate far beyond any real document. */
  | 'zipBomb'
  /** A Word or OpenDocument file saved with a password (Office stores those encrypted, not zipped). */
  | 'passwordProtected'
  /** A password-protected PDF, and no password could be asked for. */
  | 'encrypted'
  /** A password-protected PDF whose password was given wrong too many times. */
  | 'wrongPassword'
  /** The user stopped the import (password prompt or OCR cancelled); nothing was stored. */
  | 'cancelled';

export class ImportError extends Error {
  override readonly name = 'ImportError';
  readonly code: ImportErrorCode;
  readonly fileName: string;

  constructor(code: ImportErrorCode, fileName: string, detail?: string) {
    // The message is for logs only; users see the translated `import.error.<code>` text.
    super(`Cannot import "${fileName}": ${code}${detail ? ` (${detail})` : ''}`);
    this.code = code;
    this.fileName = fileName;
  }
}

export function isImportError(error: unknown): error is ImportError {
  return error instanceof ImportError;
}

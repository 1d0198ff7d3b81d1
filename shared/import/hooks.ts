// What an import may need from the person importing: a password, progress to watch, a way to stop it.

/** Where a long import is; the renderer shows it as a progress bar. */
export type ImportProgress =
  /** Reading the text layer of a PDF: `page` pages of `pages` done. */
  | { stage: 'reading'; page: number; pages: number }
  /**
   * Optical character recognition: working on the `page`-th of the `pages` pages that need it
   * (from 1), and `fraction` (0–1) of all the recognition work done.
   */
  | { stage: 'ocr'; page: number; pages: number; fraction: number };

export interface PasswordRequest {
  fileName: string;
  /** True when the password given before was wrong. */
  retry: boolean;
}

export interface ImportHooks {
  onProgress?: (progress: ImportProgress) => void;
  /** Aborting it stops the import with ImportError `cancelled`; nothing is stored. */
  signal?: AbortSignal;
  /**
   * Asks for the password of an encrypted file; resolves to null when the user cancels.
   * Without it, an encrypted file is refused with ImportError `encrypted`.
   */
  askPassword?: (request: PasswordRequest) => Promise<string | null>;
}

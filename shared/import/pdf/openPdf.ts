// Opens a PDF with the host's pdf.js: asks for the password of an encrypted file, turns pdf.js failures into ImportErrors.
import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist';
import { ImportError } from '../errors';
import type { ImportHooks } from '../hooks';

/** pdf.js as the host set it up: its worker, character maps and standard fonts served by the app. */
export interface PdfHost {
  getDocument(data: Uint8Array): PDFDocumentLoadingTask | Promise<PDFDocumentLoadingTask>;
}

/** pdf.js `PasswordResponses.INCORRECT_PASSWORD`: its `onPassword` reason after a wrong password. */
const INCORRECT_PASSWORD = 2;
/** After this many wrong passwords the import stops, as a PDF reader would. */
export const MAX_PASSWORD_ATTEMPTS = 3;

/** Maps what pdf.js throws to a code the user gets a sentence for; anything else is passed on. */
export function pdfError(error: unknown, fileName: string): unknown {
  if (error instanceof ImportError) return error;
  const name = (error as { name?: unknown } | null)?.name;
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') {
    const code = (error as { code?: unknown }).code;
    return new ImportError(code === INCORRECT_PASSWORD ? 'wrongPassword' : 'encrypted', fileName, message);
  }
  // A damaged or truncated file, or not a PDF at all behind a `.pdf` name.
  if (name === 'InvalidPDFException' || name === 'FormatError' || name === 'UnknownErrorException' || name === 'ResponseException') {
    return new ImportError('corrupt', fileName, message);
  }
  return error;
}

/**
 * Loads the document. `bytes` is copied: pdf.js hands its input to the worker and would
 * leave the caller's array empty.
 */
export async function openPdf(bytes: Uint8Array, fileName: string, host: PdfHost, hooks: ImportHooks): Promise<PDFDocumentProxy> {
  if (hooks.signal?.aborted) throw new ImportError('cancelled', fileName);
  const task = await host.getDocument(bytes.slice());
  let refusal: ImportError | null = null;
  let asked = 0;

  task.onPassword = (update: (password: string | Error) => void, reason: number) => {
    const retry = reason === INCORRECT_PASSWORD;
    const refuse = (code: 'encrypted' | 'wrongPassword' | 'cancelled') => {
      refusal = new ImportError(code, fileName);
      update(refusal);
    };
    if (!hooks.askPassword) return refuse('encrypted');
    if (retry && asked >= MAX_PASSWORD_ATTEMPTS) return refuse('wrongPassword');
    asked++;
    hooks.askPassword({ fileName, retry }).then(
      (password) => (password === null ? refuse('cancelled') : update(password)),
      () => refuse('cancelled'),
    );
  };

  const onAbort = () => {
    refusal = new ImportError('cancelled', fileName);
    void task.destroy();
  };
  hooks.signal?.addEventListener('abort', onAbort);
  try {
    return await task.promise;
  } catch (error) {
    throw refusal ?? pdfError(error, fileName);
  } finally {
    hooks.signal?.removeEventListener('abort', onAbort);
  }
}

// How an import ended, for the bad-input tests: the ImportError it threw, or 'imported' when it went through.
import { ImportError, type ImportErrorCode } from '../../../shared/import';

async function importOutcome(promise: Promise<unknown>): Promise<ImportError | 'imported'> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  return 'imported';
}

/** The ImportError the import threw; fails the test when the file was imported. */
export async function importErrorOf(promise: Promise<unknown>): Promise<ImportError> {
  const outcome = await importOutcome(promise);
  if (outcome === 'imported') throw new Error('the file was imported');
  return outcome;
}

/** The code of the ImportError the import threw, or 'imported'. */
export async function importCodeOf(promise: Promise<unknown>): Promise<ImportErrorCode | 'imported'> {
  const outcome = await importOutcome(promise);
  return outcome === 'imported' ? outcome : outcome.code;
}

// An encrypted PDF (made by qpdf, see tests/fixtures/pdf/make-encrypted-fixture.mjs): asked for, retried, cancelled, refused.
import { describe, expect, it, vi } from 'vitest';
import { importCodeOf } from '../importOutcome';
import { importSource, type PasswordRequest, type SourceEnvironment } from '../../../../shared/import';
import { fixtureBytes } from '../../../fixtures/readFixture';
import { nodePdfHost } from '../../../fixtures/pdf/nodePdfHost';

const PASSWORD = 'CE-503163';
const NAME = 'encrypted-ordonnance.pdf';
const bytes = () => fixtureBytes(`pdf/${NAME}`);

function run(askPassword?: (request: PasswordRequest) => Promise<string | null>) {
  const env: SourceEnvironment = { window: undefined as never, pdf: nodePdfHost };
  if (askPassword) env.askPassword = askPassword;
  return importSource({ name: NAME, bytes: bytes() }, env);
}

const codeOf = importCodeOf;

describe('an encrypted PDF', () => {
  it('is read with the right password, asked once with the file name', async () => {
    const ask = vi.fn(async (_request: PasswordRequest) => PASSWORD);
    const imported = await run(ask);
    expect(ask.mock.calls).toEqual([[{ fileName: NAME, retry: false }]]);
    expect(imported.meta).toMatchObject({ kind: 'ruling', caseNumber: '503163', date: '2025-04-25' });
    expect(imported.blocks.filter((block) => block.number).map((block) => block.number)).toEqual(['1', '2']);
  });

  it('asks again after a wrong password, saying so', async () => {
    const answers = ['faux', PASSWORD];
    const ask = vi.fn(async (_request: PasswordRequest) => answers.shift() ?? null);
    await run(ask);
    expect(ask.mock.calls.map(([request]) => request.retry)).toEqual([false, true]);
  });

  it('wrongPassword after three wrong passwords', async () => {
    const ask = vi.fn(async (_request: PasswordRequest) => 'faux');
    expect(await codeOf(run(ask))).toBe('wrongPassword');
    expect(ask).toHaveBeenCalledTimes(3);
  });

  it('cancelled when the user cancels the prompt', async () => {
    expect(await codeOf(run(async () => null))).toBe('cancelled');
  });

  it('encrypted when no password can be asked for', async () => {
    expect(await codeOf(run())).toBe('encrypted');
  });
});

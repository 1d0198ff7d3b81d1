// Zip bombs disguised as DOCX or ODT are refused from their declared sizes, or stopped while inflating when they lie.
// @vitest-environment jsdom
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { importErrorOf } from './importOutcome';
import { checkZipArchive, importSource, MAX_UNCOMPRESSED_BYTES, readZipDirectory } from '../../../shared/import';
import { caaRulingOdt } from '../../fixtures/officeFixtures';

const env = { window };

async function zipOf(files: Record<string, Uint8Array | string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(files)) zip.file(name, data);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

const failure = (name: string, bytes: Uint8Array) => importErrorOf(importSource({ name, bytes }, env));

/** Rewrites the uncompressed size every header of the archive declares for its entries. */
function declareSize(bytes: Uint8Array, size: number): Uint8Array {
  const copy = new Uint8Array(bytes);
  const view = new DataView(copy.buffer);
  for (let at = 0; at + 4 <= copy.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50) view.setUint32(at + 22, size, true);
    if (signature === 0x02014b50) view.setUint32(at + 24, size, true);
  }
  return copy;
}

describe('the zip guard', () => {
  it('lists the entries a real ODT declares, with their sizes', async () => {
    const entries = readZipDirectory(await caaRulingOdt(), 'a.odt');
    expect(entries.map((entry) => entry.name).filter((name) => !name.endsWith('/'))).toEqual(['mimetype', 'META-INF/manifest.xml', 'content.xml']);
    expect(entries.find((entry) => entry.name === 'content.xml')?.uncompressedSize).toBeGreaterThan(1000);
  });

  it('refuses, before inflating anything, an archive whose entries expand more than 100:1 past 10 MB', async () => {
    const bomb = await zipOf({ 'word/document.xml': new Uint8Array(20 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(200 * 1024);
    expect(() => checkZipArchive(bomb, 'bombe.docx')).toThrow(expect.objectContaining({ code: 'zipBomb' }));
    expect((await failure('bombe.docx', bomb)).code).toBe('zipBomb');
    expect((await failure('bombe.odt', bomb)).code).toBe('zipBomb');
  });

  it('refuses an archive that declares more than 200 MB in all', async () => {
    const small = await zipOf({ 'content.xml': 'x' });
    expect((await failure('enorme.odt', declareSize(small, MAX_UNCOMPRESSED_BYTES + 1))).code).toBe('zipBomb');
  });

  it('stops an archive that lies about its sizes as soon as it inflates past them', async () => {
    const real = await zipOf({ 'content.xml': `<x>${'a'.repeat(30 * 1024 * 1024)}</x>` });
    const lying = declareSize(real, 10);
    const error = await failure('menteur.odt', lying);
    expect(error.code).toBe('zipBomb');
    expect(error.message).toContain('past its declared size');
  });

  it('accepts a normal document', async () => {
    const bytes = await caaRulingOdt();
    expect(() => checkZipArchive(bytes, 'ok.odt')).not.toThrow();
  });
});

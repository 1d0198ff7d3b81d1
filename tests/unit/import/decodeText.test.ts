// Decoding of every encoding a French text file comes in: UTF-8 with or without BOM, UTF-16, Windows-1252.
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../shared/import';
import { decodeWindows1252 } from '../../../shared/import/decodeText';
import { fixtureBytes } from '../../fixtures/readFixture';

const SAMPLE = "Conseil d’État — l’œuvre « coûte » 5 000 € … Ÿ";

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const units = (bom ? '\uFEFF' : '') + text;
  const bytes = new Uint8Array(units.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < units.length; i++) view.setUint16(i * 2, units.charCodeAt(i), littleEndian);
  return bytes;
}

describe('decodeText', () => {
  it('decodes UTF-8 without a BOM', () => {
    expect(decodeText(new TextEncoder().encode(SAMPLE))).toEqual({ text: SAMPLE, encoding: 'utf-8' });
  });

  it('strips a UTF-8 BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SAMPLE)]);
    expect(decodeText(bytes)).toEqual({ text: SAMPLE, encoding: 'utf-8' });
  });

  it('decodes UTF-16 little- and big-endian from their BOM', () => {
    expect(decodeText(utf16(SAMPLE, true, true))).toEqual({ text: SAMPLE, encoding: 'utf-16le' });
    expect(decodeText(utf16(SAMPLE, false, true))).toEqual({ text: SAMPLE, encoding: 'utf-16be' });
  });

  it('recognises UTF-16 without a BOM from its NUL bytes', () => {
    const latin = "Vu la procédure suivante : l'association demande au juge des référés";
    expect(decodeText(utf16(latin, true, false))).toEqual({ text: latin, encoding: 'utf-16le' });
    expect(decodeText(utf16(latin, false, false))).toEqual({ text: latin, encoding: 'utf-16be' });
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    const { text, encoding } = decodeText(fixtureBytes('ta-paris-2024-windows-1252.txt'));
    expect(encoding).toBe('windows-1252');
    expect(text).toContain('RÉPUBLIQUE FRANÇAISE');
    expect(text).toContain('Mme C… D… demande au tribunal d’annuler la décision');
    expect(text).toContain('la somme de 1 500 €');
    expect(text).toContain('le cœur du litige');
  });

  it('maps all of 0x80–0x9F as Windows-1252 does, not as Latin-1 controls', () => {
    expect(decodeWindows1252(new Uint8Array([0x80, 0x85, 0x8c, 0x92, 0x96, 0x9c, 0x9f, 0xe9, 0x41]))).toBe('€…Œ’–œŸéA');
  });
});

// Which importer a file gets, from its name and, when the name says nothing, its first bytes.
import { describe, expect, it } from 'vitest';
import { detectFormat, fileExtension } from '../../../shared/import';

const text = (s: string): Uint8Array => new TextEncoder().encode(s);
const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00, 0xff]);

describe('detectFormat', () => {
  it('reads text, Markdown and HTML by extension, in any case', () => {
    expect(detectFormat('decision.txt', text('x'))).toBe('text');
    expect(detectFormat('DECISION.TEXT', text('x'))).toBe('text');
    expect(detectFormat('note.md', text('x'))).toBe('markdown');
    expect(detectFormat('note.Markdown', text('x'))).toBe('markdown');
    expect(detectFormat('page.html', text('x'))).toBe('html');
    expect(detectFormat('page.HTM', text('x'))).toBe('html');
    expect(detectFormat('page.xhtml', text('x'))).toBe('html');
    expect(detectFormat('C:\\Users\\avocat\\Documents\\ordonnance.txt', text('x'))).toBe('text');
  });

  it('reads Word and OpenDocument text by extension (their importers check the archive)', () => {
    expect(detectFormat('conclusions.docx', text('plain words'))).toBe('docx');
    expect(detectFormat('NOTE.ODT', text('x'))).toBe('odt');
  });

  it('trusts a known extension over the content', () => {
    // A .txt that holds HTML is read as the text the user said it is.
    expect(detectFormat('saved.txt', text('<!DOCTYPE html><p>x</p>'))).toBe('text');
  });

  it('reads PDFs and scanned images (PNG, JPEG, TIFF) by extension', () => {
    expect(detectFormat('arret.pdf', PDF)).toBe('pdf');
    expect(detectFormat('ARRET.PDF', text('damaged'))).toBe('pdf');
    for (const name of ['scan.png', 'photo.JPG', 'photo.jpeg', 'fax.tif', 'fax.TIFF']) expect(detectFormat(name, text('x'))).toBe('image');
  });

  it('refuses formats that are not supported yet, whatever their content', () => {
    for (const name of ['scan.gif', 'dossier.zip', 'old.doc', 'tableau.xlsx']) {
      expect(detectFormat(name, text('plain words'))).toBeNull();
    }
  });

  it('sniffs HTML when the extension is missing or unknown', () => {
    expect(detectFormat('page', text('  <!doctype html><html><body>x</body></html>'))).toBe('html');
    expect(detectFormat('page.aspx', text('<html lang="fr"><body>x</body></html>'))).toBe('html');
    expect(detectFormat('page.php', text('\uFEFF<?xml version="1.0"?>\n<!DOCTYPE html><html></html>'))).toBe('html');
  });

  it('reads a file without extension as text only when it looks like text', () => {
    expect(detectFormat('decision', text("Conseil d'État\n\nN° 503163"))).toBe('text');
    expect(detectFormat('decision', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toBeNull();
  });

  it('recognises a PDF or a scan without extension by its signature', () => {
    expect(detectFormat('decision', PDF)).toBe('pdf');
    expect(detectFormat('scan', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]))).toBe('image');
    expect(detectFormat('fax', new Uint8Array([0x49, 0x49, 0x2a, 0x00, 0x08, 0x00]))).toBe('image');
    // A PDF renamed to .txt is still the text file the user said it is, and refused as binary.
    expect(detectFormat('decision.txt', PDF)).toBe('text');
  });

  it('does not guess at unknown extensions', () => {
    expect(detectFormat('data.json', text('{"a": 1}'))).toBeNull();
    expect(detectFormat('table.csv', text('a;b'))).toBeNull();
  });
});

describe('fileExtension', () => {
  it('is the lower-case part after the last dot of the base name', () => {
    expect(fileExtension('Arrêt.Final.HTML')).toBe('html');
    expect(fileExtension('dossier.v2/decision')).toBe('');
    expect(fileExtension('.bashrc')).toBe('');
  });
});

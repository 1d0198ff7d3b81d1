// What a user gets from importing each fixture, and the specific error for each kind of bad file.
// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { importErrorOf } from './importOutcome';
import { importSource, type ImportErrorCode } from '../../../shared/import';
import { MAX_IMPORT_BYTES } from '../../../shared/ipc';
import { fixtureBytes, ORDER_POINT_5 } from '../../fixtures/readFixture';

const env = { window };
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const importFixture = (name: string) => importSource({ name, bytes: fixtureBytes(name) }, env);

const importError = (name: string, bytes: Uint8Array) => importErrorOf(importSource({ name, bytes }, env));
const codeOf = async (name: string, bytes: Uint8Array): Promise<ImportErrorCode> => (await importError(name, bytes)).code;

/** `%PDF-` and then bytes no text has: a PDF someone renamed to `.txt`. */
function renamedPdf(): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set(encode('%PDF-1.7\n%âãÏÓ\n'));
  let seed = 42;
  for (let i = 20; i < bytes.length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    bytes[i] = seed & 0xff;
  }
  return bytes;
}

// Top-level await: vitest runs test files as ES modules.
const orderTxt = await importFixture('ce-ordonnance-health-data.txt');

describe('importSource on the interim-relief order (.txt)', () => {
  const imported = orderTxt;
  const numbered = imported.blocks.filter((block) => block.number);

  it('finds the ruling and builds its citation as title', async () => {
    expect(imported.sourceFormat).toBe('text');
    expect(imported.meta).toEqual({
      kind: 'ruling',
      title: "Conseil d'État, juge des référés, 25 avril 2025, n° 503163",
      court: "Conseil d'État",
      formation: 'juge des référés',
      date: '2025-04-25',
      caseNumber: '503163',
      ecli: 'ECLI:FR:CEORD:2025:503163.20250425',
      decisionKind: 'ordonnance',
      publication: 'Inédit au recueil Lebon',
      language: 'fr',
    });
  });

  it('numbers points 1 to 8, text as printed, and not the claims', async () => {
    expect(numbered.map((block) => block.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(numbered.every((block) => block.text.startsWith(`${block.number}. `))).toBe(true);
    expect(imported.blocks.find((block) => block.text.startsWith('1°)'))?.number).toBeUndefined();
    expect(numbered[4]?.text).toBe(ORDER_POINT_5);
  });

  it('has the passages the end-to-end tests tag in points 4 to 7', async () => {
    const point = (n: number): string => numbered[n - 1]?.text ?? '';
    expect(point(4)).toContain('sur le fondement du Cloud Act, des demandes des autorités américaines');
    expect(point(5)).toContain('transférées aux autorités américaines en application du Cloud Act');
    expect(point(6)).toContain("qu'aucun prestataire établi dans l'Union européenne et non soumis au droit d'un Etat tiers n'est, à ce jour, en mesure d'héberger");
    expect(point(7)).toContain('est limitée à une durée de trois ans');
  });

  it('puts each block in its section', async () => {
    const sectionOf = (start: string) => imported.blocks.find((block) => block.text.startsWith(start))?.section;
    expect(sectionOf("Conseil d'État")).toBe('header');
    expect(sectionOf('Lecture du vendredi')).toBe('header');
    expect(sectionOf('Vu la procédure suivante')).toBe('procedure');
    expect(sectionOf('1°) de suspendre')).toBe('procedure');
    expect(sectionOf('Ils soutiennent que :')).toBe('arguments');
    expect(sectionOf("- la condition d'urgence")).toBe('arguments');
    expect(sectionOf('Par un mémoire en défense')).toBe('arguments');
    expect(sectionOf('Vu les autres pièces')).toBe('procedure');
    expect(sectionOf('Considérant ce qui suit')).toBe('reasoning');
    expect(sectionOf('3. Pour demander')).toBe('reasoning');
    expect(sectionOf('O R D O N N E')).toBe('operative');
    expect(sectionOf('Article 1er : La requête')).toBe('operative');
    expect(sectionOf('Signé')).toBe('operative');
    expect(imported.blocks.every((block) => block.section)).toBe(true);
  });

  it('keeps the header lines as separate blocks and drops the rule under O R D O N N E', async () => {
    expect(imported.blocks.slice(0, 6).map((block) => block.text)).toEqual([
      "Conseil d'État",
      'N° 503163',
      'ECLI:FR:CEORD:2025:503163.20250425',
      'Inédit au recueil Lebon',
      'Juge des référés',
      'Lecture du vendredi 25 avril 2025',
    ]);
    expect(imported.blocks.some((block) => /^-+$/.test(block.text))).toBe(false);
  });
});

describe('importSource on the other fixtures', () => {
  it('reads an old-style ruling and numbers its Considérant paragraphs', async () => {
    const { meta, blocks } = await importFixture('ce-considerant-2020.txt');
    expect(meta).toMatchObject({
      kind: 'ruling',
      title: "Conseil d'État, 10ème - 9ème chambres réunies, 12 mars 2020, n° 428451",
      formation: '10ème - 9ème chambres réunies',
      date: '2020-03-12',
      ecli: 'ECLI:FR:CECHR:2020:428451.20200312',
    });
    const considerants = blocks.filter((block) => block.number);
    expect(considerants.map((block) => block.number)).toEqual(['1', '2', '3', '4']);
    expect(considerants.every((block) => block.text.startsWith('Considérant qu') && block.section === 'reasoning')).toBe(true);
    expect(blocks.find((block) => block.text.startsWith('elle soutient que'))?.section).toBe('arguments');
    expect(blocks.find((block) => block.text === 'D E C I D E :')?.section).toBe('operative');
  });

  it('reads a Windows-1252 judgment of a tribunal administratif', async () => {
    const { meta, blocks } = await importFixture('ta-paris-2024-windows-1252.txt');
    expect(meta).toMatchObject({
      kind: 'ruling',
      court: 'Tribunal administratif de Paris',
      date: '2024-03-28',
      caseNumber: '2301234',
      title: 'Tribunal administratif de Paris, 28 mars 2024, n° 2301234',
    });
    expect(blocks.find((block) => block.number === '2')?.text).toContain('le cœur du litige porte sur le refus opposé à Mme D…');
  });

  it('reads the Markdown article as an article with its own metadata', async () => {
    const { meta, blocks } = await importFixture('article-health-data-hub.md');
    expect(meta.kind).toBe('article');
    expect(meta.title).toBe("Health Data Hub : le juge des référés refuse de suspendre l'hébergement chez Microsoft");
    expect(meta.court).toBeUndefined();
    // An article's ordered list is not legal numbering, and an article has no sections.
    expect(blocks.every((block) => block.number === undefined && block.section === undefined)).toBe(true);
  });

  it('reads the order saved as a web page like the text version', async () => {
    const html = await importFixture('ce-ordonnance-health-data.html');
    const text = await importFixture('ce-ordonnance-health-data.txt');
    expect(html.meta).toMatchObject({ kind: 'ruling', court: "Conseil d'État", date: '2025-04-25', caseNumber: '503163', language: 'fr' });
    // The page's og:title wins over the citation built from the text.
    expect(html.meta.title).toBe('Conseil d’État, juge des référés, 25 avril 2025, n° 503163');
    expect(html.blocks.filter((block) => block.number).map((block) => block.text.replaceAll('’', "'"))).toEqual(
      text.blocks.filter((block) => block.number).map((block) => block.text),
    );
    expect(html.blocks.map((block) => block.section)).not.toContain(undefined);
  });
});

describe('importSource encodings', () => {
  const text = 'Conseil d’État\r\n\r\nN° 503163 — « Cœur » à 5 €';
  const expected = ['Conseil d’État', 'N° 503163 — « Cœur » à 5 €'];
  const blocksOf = async (bytes: Uint8Array) => (await importSource({ name: 'decision.txt', bytes }, env)).blocks.map((block) => block.text);

  it('reads UTF-8 with and without a BOM, UTF-16 big-endian with a BOM, and Windows-1252', async () => {
    expect(await blocksOf(encode(text))).toEqual(expected);
    expect(await blocksOf(new Uint8Array([0xef, 0xbb, 0xbf, ...encode(text)]))).toEqual(expected);
    const be = new Uint8Array(2 + text.length * 2);
    be.set([0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) new DataView(be.buffer).setUint16(2 + i * 2, text.charCodeAt(i), false);
    expect(await blocksOf(be)).toEqual(expected);
    const cp1252: Record<string, number> = { '’': 0x92, 'É': 0xc9, '°': 0xb0, '—': 0x97, '«': 0xab, '»': 0xbb, 'Œ': 0x8c, 'œ': 0x9c, 'à': 0xe0, '€': 0x80 };
    expect(await blocksOf(Uint8Array.from(text, (char) => cp1252[char] ?? char.charCodeAt(0)))).toEqual(expected);
  });

  it('imports UTF-16 text (whose NUL bytes are no sign of binary data)', async () => {
    const text = "Conseil d’État\r\n\r\nN° 503163";
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) new DataView(bytes.buffer).setUint16(2 + i * 2, text.charCodeAt(i), true);
    expect((await importSource({ name: 'export-word.txt', bytes }, env)).blocks.map((block) => block.text)).toEqual(['Conseil d’État', 'N° 503163']);
  });
});

describe('importSource errors', () => {
  it('carries the code and the file name', async () => {
    const error = await importError('vide.txt', new Uint8Array());
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'ImportError', code: 'empty', fileName: 'vide.txt' });
  });

  it('empty: no bytes, or nothing but blank space', async () => {
    expect(await codeOf('empty.txt', fixtureBytes('empty.txt'))).toBe('empty');
    expect(await codeOf('blank.md', encode(' \n\t\r\n\u00A0\u202F '))).toBe('empty');
    expect(await codeOf('bom.txt', new Uint8Array([0xef, 0xbb, 0xbf, 0x0a]))).toBe('empty');
    expect(await codeOf('empty.pdf', new Uint8Array())).toBe('empty');
  });

  it('tooLarge: over MAX_IMPORT_BYTES', async () => {
    expect(await codeOf('huge.txt', new Uint8Array(MAX_IMPORT_BYTES + 1))).toBe('tooLarge');
  });

  it('binary: a renamed PDF, image or archive, NUL bytes, control characters', async () => {
    expect(await codeOf('ordonnance.txt', renamedPdf())).toBe('binary');
    expect(await codeOf('note.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x41]))).toBe('binary');
    expect(await codeOf('page.html', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]))).toBe('binary');
    expect(await codeOf('conclusions.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toBe('binary');
    expect(await codeOf('nul.txt', encode('Conseil d’État\u0000N° 503163'))).toBe('binary');
    expect(await codeOf('controls.txt', encode('texte\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008 abc'))).toBe('binary');
  });

  it('unsupported: formats not readable yet, unknown extensions', async () => {
    expect(await codeOf('scan.gif', new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61]))).toBe('unsupported');
    expect(await codeOf('data.json', encode('{"x": 1}'))).toBe('unsupported');
    expect(await codeOf('tableau.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBe('unsupported');
  });

  it('noText: markup without any readable text', async () => {
    expect(await codeOf('vide.html', encode('<!DOCTYPE html><html><body><nav>Menu</nav><article><img src="a.png"></article></body></html>'))).toBe('noText');
    expect(await codeOf('script.html', encode('<script>alert(1)</script><style>p{}</style>'))).toBe('noText');
    expect(await codeOf('html-only.md', encode('<div>raw</div>\n\n---\n'))).toBe('noText');
  });
});

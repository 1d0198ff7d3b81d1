// DOCX (made with the docx package) and ODT (zipped by the test): blocks, paragraph numbers, sections, metadata, bad archives.
// @vitest-environment jsdom
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { importCodeOf } from './importOutcome';
import { importSource } from '../../../shared/import';
import type { ImportedDocument } from '../../../shared/model';
import { CAA_RULING, caaRulingContentXml, caaRulingDocx, caaRulingOdt, FOOTNOTE_TEXT, TABLE_CELLS } from '../../fixtures/officeFixtures';

const env = { window };
const docx = await importSource({ name: 'caa-paris-2024.docx', bytes: await caaRulingDocx() }, env);
const odt = await importSource({ name: 'caa-paris-2024.odt', bytes: await caaRulingOdt() }, env);

const codeOf = (name: string, bytes: Uint8Array) => importCodeOf(importSource({ name, bytes }, env));

const EXPECTED_META = {
  kind: 'ruling',
  court: "Cour administrative d'appel de Paris",
  formation: '3ème chambre',
  date: '2024-06-18',
  caseNumber: '23PA01234',
  ecli: 'ECLI:FR:CAAPA:2024:23PA01234.20240618',
  decisionKind: 'arret',
  publication: 'Mentionné dans les tables du recueil Lebon',
  title: "Cour administrative d'appel de Paris, 3ème chambre, 18 juin 2024, n° 23PA01234",
  language: 'fr',
};

describe.each([
  ['DOCX', docx, 'docx'],
  ['ODT', odt, 'odt'],
] as [string, ImportedDocument, string][])('%s import of a CAA judgment', (_label, imported, format) => {
  const texts = imported.blocks.map((block) => block.text);
  const find = (start: string) => imported.blocks.find((block) => block.text.startsWith(start));

  it('reads the metadata of the judgment', () => {
    expect(imported.sourceFormat).toBe(format);
    expect(imported.meta).toEqual(EXPECTED_META);
  });

  it('keeps headings, paragraphs and list items in order', () => {
    expect(find('Cour administrative')).toMatchObject({ type: 'heading', level: 1 });
    expect(find('Sur la légalité')).toMatchObject({ type: 'heading', level: 1 });
    expect(find('d’annuler le jugement')).toMatchObject({ type: 'listItem', text: 'd’annuler le jugement du tribunal administratif de Paris ;' });
    expect(texts.slice(1, 6)).toEqual(CAA_RULING.slice(1, 6));
    expect(texts).toContain('Lecture du mardi 18 juin 2024');
  });

  it('numbers the points and splits the sections', () => {
    expect(imported.blocks.filter((block) => block.number).map((block) => block.number)).toEqual(['1', '2', '3']);
    expect(find('N° 23PA01234')?.section).toBe('header');
    expect(find('Vu la procédure')?.section).toBe('procedure');
    expect(find('Elle soutient que')?.section).toBe('arguments');
    expect(find('2. Il ressort')?.section).toBe('reasoning');
    expect(find('DÉCIDE')?.section).toBe('operative');
    expect(find('Article 2 :')?.section).toBe('operative');
  });

  it('reads table cells one block each, and the footnote as `[1] text` after the body', () => {
    for (const cell of TABLE_CELLS) expect(texts).toContain(cell);
    expect(find('1. Aux termes')?.text).toMatch(/suffisantes\.\s?\[1\]$/u);
    expect(texts.at(-1)).toBe(`[1] ${FOOTNOTE_TEXT}`);
    expect(imported.blocks.at(-1)?.type).toBe('paragraph');
  });
});

describe('ODT specifics', () => {
  it('ignores tracked deletions', () => {
    expect(odt.blocks.map((block) => block.text)).not.toContain('Texte supprimé');
  });

  it('titles an article by its first heading', async () => {
    const xml = caaRulingContentXml(['# Le Cloud Act devant le juge', 'Un article sur la souveraineté des données de santé.']);
    const article = await importSource({ name: 'article.odt', bytes: await caaRulingOdt(xml) }, env);
    expect(article.meta).toMatchObject({ kind: 'article', title: 'Le Cloud Act devant le juge' });
  });
});

describe('bad Word and OpenDocument files', () => {
  it('corrupt: truncated archives, a text renamed .docx, a zip without the document part, malformed XML', async () => {
    const good = await caaRulingDocx();
    expect(await codeOf('tronque.docx', good.subarray(0, Math.floor(good.length / 2)))).toBe('corrupt');
    expect(await codeOf('tronque.odt', (await caaRulingOdt()).subarray(0, 300))).toBe('corrupt');
    expect(await codeOf('texte.docx', new TextEncoder().encode('Ceci n’est pas un document Word.'))).toBe('corrupt');
    const other = new JSZip();
    other.file('readme.txt', 'rien');
    const bytes = await other.generateAsync({ type: 'uint8array' });
    expect(await codeOf('vide.docx', bytes)).toBe('corrupt');
    expect(await codeOf('vide.odt', bytes)).toBe('corrupt');
    expect(await codeOf('mal-forme.odt', await caaRulingOdt('<office:document-content><office:text><text:p>'))).toBe('corrupt');
  });

  it('corrupt: damaged compressed data', async () => {
    const bytes = new Uint8Array(await caaRulingOdt());
    // Overwrite the middle of content.xml's deflated data; the directory stays readable.
    const at = bytes.length >> 1;
    bytes.fill(0xff, at, at + 64);
    expect(await codeOf('abime.odt', bytes)).toBe('corrupt');
  });

  it('passwordProtected: an encrypted Office file (OLE2) and an encrypted ODT', async () => {
    const ole2 = new Uint8Array(1024);
    ole2.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await codeOf('protege.docx', ole2)).toBe('passwordProtected');
    const zip = new JSZip();
    zip.file('mimetype', 'application/vnd.oasis.opendocument.text');
    zip.file('META-INF/manifest.xml', '<manifest:manifest><manifest:encryption-data/></manifest:manifest>');
    zip.file('content.xml', 'chiffré');
    expect(await codeOf('protege.odt', await zip.generateAsync({ type: 'uint8array' }))).toBe('passwordProtected');
  });

  it('noText: a document with no text', async () => {
    expect(await codeOf('blanc.odt', await caaRulingOdt(caaRulingContentXml([])))).toBe('noText');
  });

  it('empty: a 0-byte .docx', async () => {
    expect(await codeOf('vide.docx', new Uint8Array())).toBe('empty');
  });
});

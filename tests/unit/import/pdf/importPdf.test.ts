// Importing generated PDFs with pdf.js in Node: the order laid out with a running header, page numbers,
// hyphenated line ends and a two-column page reads as the same text as the .txt version.
import { beforeAll, describe, expect, it } from 'vitest';
import { importCodeOf } from '../importOutcome';
import { importSource, type ImportProgress, type SourceEnvironment } from '../../../../shared/import';
import type { ImportedDocument } from '../../../../shared/model';
import { layoutPages, writePdf, type PlacedPage } from '../../../fixtures/pdf/layoutPdf';
import { nodePdfHost } from '../../../fixtures/pdf/nodePdfHost';
import { RULING_HEADER, rulingPages, rulingText } from '../../../fixtures/pdf/rulingFixture';

const env: SourceEnvironment = { window: undefined as never, pdf: nodePdfHost };
const importPdfBytes = (bytes: Uint8Array, extra: Partial<SourceEnvironment> = {}, name = 'ordonnance.pdf') =>
  importSource({ name, bytes }, { ...env, ...extra });

const codeOf = importCodeOf;

describe('a ruling PDF', () => {
  let pages: PlacedPage[];
  let fromPdf: ImportedDocument;
  let fromText: ImportedDocument;
  const progress: ImportProgress[] = [];

  beforeAll(async () => {
    pages = await rulingPages();
    fromPdf = await importPdfBytes(await writePdf(pages), { onProgress: (p) => progress.push(p) });
    fromText = await importSource({ name: 'ordonnance.txt', bytes: new TextEncoder().encode(rulingText()) }, env);
  });

  it('is laid out as the tests expect: several pages, hyphenated lines, page 2 in two columns', () => {
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages.flatMap((page) => page.lines).filter((line) => /\p{Ll}-$/u.test(line.text)).length).toBeGreaterThan(5);
    const page2 = pages[1] as PlacedPage;
    expect(new Set(page2.lines.filter((line) => line.size === 11).map((line) => Math.round(line.x))).size).toBe(2);
  });

  it('reads exactly the blocks of the text version: no header, no page numbers, hyphens undone', () => {
    expect(fromPdf.blocks.map((block) => block.text)).toEqual(fromText.blocks.map((block) => block.text));
    const all = fromPdf.blocks.map((block) => block.text).join('\n');
    expect(all).not.toContain(RULING_HEADER);
    expect(all).not.toMatch(/Page \d+ sur \d+/u);
  });

  it('detects the legal structure from the PDF text: points 1 to 8, sections, metadata', () => {
    expect(fromPdf.sourceFormat).toBe('pdf');
    expect(fromPdf.blocks.filter((block) => block.number).map((block) => block.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(fromPdf.blocks.map((block) => [block.number, block.section])).toEqual(fromText.blocks.map((block) => [block.number, block.section]));
    expect(fromPdf.meta).toEqual({ ...fromText.meta });
  });

  it('keeps the page each block starts on', () => {
    const pageOf = (start: string) => pages.findIndex((page) => page.lines.some((line) => line.text.startsWith(start))) + 1;
    for (const block of fromPdf.blocks) {
      expect(block.page, block.text.slice(0, 40)).toBe(pageOf(block.text.slice(0, 12)));
    }
    expect(new Set(fromPdf.blocks.map((block) => block.page))).toEqual(new Set(pages.map((_, i) => i + 1)));
  });

  it('reports its progress page by page', () => {
    expect(progress).toEqual(pages.map((_, i) => ({ stage: 'reading', page: i + 1, pages: pages.length })));
  });
});

describe('PDF layouts', () => {
  it('reads paragraphs marked by a first-line indent instead of spacing', async () => {
    const pages = await layoutPages(
      [
        '1. Aux termes du premier alinéa de l’article L. 521-1 du code de justice administrative, le juge des référés peut ordonner la suspension de l’exécution de la décision contestée lorsque l’urgence le justifie.',
        '2. Il résulte de l’instruction que les données versées dans l’entrepôt sont pseudonymisées et chiffrées au moyen de clés détenues par la seule Plateforme des données de santé, et que l’hébergeur s’est engagé à contester toute demande d’accès.',
      ],
      { indent: 24, paragraphSpacing: 0 },
    );
    const imported = await importPdfBytes(await writePdf(pages));
    expect(imported.blocks.map((block) => block.number)).toEqual(['1', '2']);
  });

  it('keeps Pays-Bas whole when the line breaks at its hyphen', async () => {
    const line = (text: string, y: number) => ({ text, x: 64, y, size: 11 });
    const pages: PlacedPage[] = [
      {
        width: 595,
        height: 842,
        lines: [
          line('2. Il résulte de l’instruction que l’entrepôt est hébergé dans des centres de données situés aux Pays-', 100),
          line('Bas et en France ; les requérants sou-', 114),
          line('tiennent le contraire.', 128),
        ],
      },
    ];
    const imported = await importPdfBytes(await writePdf(pages));
    expect(imported.blocks.map((block) => block.text)).toEqual([
      '2. Il résulte de l’instruction que l’entrepôt est hébergé dans des centres de données situés aux Pays-Bas et en France ; les requérants soutiennent le contraire.',
    ]);
  });
});

describe('cancelling', () => {
  it('stops reading pages when the signal is aborted', async () => {
    const controller = new AbortController();
    const read: number[] = [];
    const bytes = await writePdf(await rulingPages());
    const imported = importPdfBytes(bytes, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.stage !== 'reading') return;
        read.push(p.page);
        if (p.page === 1) controller.abort();
      },
    });
    expect(await codeOf(imported)).toBe('cancelled');
    expect(read).toEqual([1]);
  });
});

describe('bad PDFs', () => {
  it('corrupt: bytes that are not a PDF, or a PDF cut short', async () => {
    expect(await codeOf(importPdfBytes(new TextEncoder().encode('<html><body>Pas un PDF</body></html>')))).toBe('corrupt');
    const whole = await writePdf(await rulingPages());
    for (const share of [0.1, 0.5, 0.9, 0.999]) {
      expect(await codeOf(importPdfBytes(whole.slice(0, Math.floor(whole.length * share))))).toBe('corrupt');
    }
    // A PDF whose cross-reference table is damaged but whose objects are whole is repaired by pdf.js.
    const damagedXref = new TextDecoder('latin1').decode(whole).replace(/startxref\s+\d+/u, 'startxref\n123');
    expect(await codeOf(importPdfBytes(Uint8Array.from(damagedXref, (c) => c.charCodeAt(0))))).toBe('imported');
  });

  it('empty: a 0-byte file', async () => {
    expect(await codeOf(importPdfBytes(new Uint8Array()))).toBe('empty');
  });

  it('unsupported: a host without pdf.js', async () => {
    const bytes = await writePdf(await rulingPages());
    expect(await codeOf(importSource({ name: 'a.pdf', bytes }, { window: undefined as never }))).toBe('unsupported');
  });
});

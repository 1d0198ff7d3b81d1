// A paragraph split (or merged) between A and B, exported: each piece its own paragraph with its own changes, read back.
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { alignDecisions, exportComparisonDocx, exportComparisonMarkdown, type ComparisonExportInput } from '../../../shared/compare';
import { blocksOf, documentOf } from './fixtures';

const P1 = '1. Aux termes de l’article L. 521-1 du code de justice administrative, le juge des référés peut ordonner la suspension.';
const P2 =
  '2. Il résulte de l’instruction que les données sont pseudonymisées et chiffrées. Ces données sont chiffrées au moyen de clés détenues par la Plateforme. Le prestataire ne peut y accéder.';
const P3 = '3. La société Microsoft Ireland Operations Limited est susceptible de recevoir des demandes fondées sur le Cloud Act américain.';
/** Point 2 of A cut into three paragraphs in B, each with an edit of its own. */
const SPLIT = [
  '2. Il résulte de l’instruction que les données sont anonymisées et chiffrées.',
  'Ces données sont chiffrées au moyen de clés détenues par la seule Plateforme.',
  'Le prestataire ne peut jamais y accéder.',
];
const P4 = '4. Aucun prestataire établi dans l’Union européenne n’est en mesure d’héberger un entrepôt de cette taille.';
const P5 = '5. Eu égard aux garanties mentionnées au point précédent, la condition d’urgence ne peut être regardée comme remplie.';

function input(textsA: string[], textsB: string[]): ComparisonExportInput {
  const blocksA = blocksOf(textsA, 'a');
  const blocksB = blocksOf(textsB, 'b');
  const paragraphs = (blocks: typeof blocksA) => blocks.map((b) => ({ id: b.id, text: b.text, ...(b.number ? { number: b.number } : {}) }));
  return {
    docA: documentOf('a', 'CE, réf., 2024', '2024-03-12'),
    docB: documentOf('b', 'CE, réf., 2025', '2025-04-25'),
    blocksA,
    blocksB,
    comparison: alignDecisions(paragraphs(blocksA), paragraphs(blocksB)),
    arguments: [],
    lang: 'fr',
    now: new Date('2025-05-02T10:00:00Z'),
    timeZone: 'UTC',
  };
}

/** The redline's Markdown paragraphs (blank-line separated), after the legend. */
function redlineParagraphs(markdown: string): string[] {
  const text = markdown.slice(markdown.indexOf('## Texte'));
  return text.split(/\n{2,}/u).slice(2).map((p) => p.trim()).filter(Boolean);
}

/** Each `<w:p>` of the redline in document.xml, from the paragraph holding `first` on. */
async function docxParagraphs(bytes: Uint8Array, first: string): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string');
  const paragraphs = xml?.match(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/gu) ?? [];
  return paragraphs.slice(paragraphs.findIndex((p) => p.includes(first)));
}
const insertedText = (p: string) => [...p.matchAll(/<w:ins [^>]*>\s*<w:r>(?:<w:rPr>[\s\S]*?<\/w:rPr>)?<w:t[^>]*>([^<]*)<\/w:t>/gu)].map((m) => m[1]?.trim());
const deletedText = (p: string) => [...p.matchAll(/<w:delText[^>]*>([^<]*)<\/w:delText>/gu)].map((m) => m[1]?.trim()).filter(Boolean);
const markInserted = (p: string) => /<w:pPr>[\s\S]*<w:rPr>[\s\S]*<w:ins [^>]*\/>[\s\S]*<\/w:rPr>[\s\S]*<\/w:pPr>/u.test(p);
const markDeleted = (p: string) => /<w:pPr>[\s\S]*<w:rPr>[\s\S]*<w:del [^>]*\/>[\s\S]*<\/w:rPr>[\s\S]*<\/w:pPr>/u.test(p);

describe('a paragraph split in three', () => {
  const split = input([P1, P2, P3], [P1, ...SPLIT, P3]);

  it('is one changed row of the comparison', () => {
    expect(split.comparison.rows.map((row) => row.kind)).toEqual(['identical', 'changed', 'identical']);
  });

  it('comes out of the Markdown as three paragraphs, each with its own changes and the new break marked', () => {
    const paragraphs = redlineParagraphs(exportComparisonMarkdown(split));
    expect(paragraphs).toEqual([
      '1\\. Aux termes de l’article L. 521-1 du code de justice administrative, le juge des référés peut ordonner la suspension.',
      '2\\. Il résulte de l’instruction que les données sont ~~pseudonymisées~~**anonymisées** et chiffrées. **¶**',
      'Ces données sont chiffrées au moyen de clés détenues par la **seule** Plateforme. **¶**',
      'Le prestataire ne peut **jamais** y accéder.',
      '3\\. La société Microsoft Ireland Operations Limited est susceptible de recevoir des demandes fondées sur le Cloud Act américain.',
    ]);
  });

  it('comes out of the DOCX as three paragraphs, each with its own tracked changes and an inserted paragraph mark', async () => {
    const bytes = await exportComparisonDocx(split);
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    const texts = [...html.matchAll(/<p>([^<]*(?:<(?!\/p>)[^<]*)*)<\/p>/gu)].map((m) => (m[1] ?? '').replace(/<[^>]+>/gu, ''));
    const at = texts.findIndex((text) => text.startsWith('2. Il résulte'));
    expect(texts.slice(at, at + 3)).toEqual([
      '2. Il résulte de l’instruction que les données sont anonymisées et chiffrées.',
      'Ces données sont chiffrées au moyen de clés détenues par la seule Plateforme.',
      'Le prestataire ne peut jamais y accéder.',
    ]);

    const [first, second, third, next] = await docxParagraphs(bytes, 'Il résulte de l’instruction');
    expect(deletedText(first ?? '')).toEqual(['pseudonymisées']);
    expect(insertedText(first ?? '')).toEqual(['anonymisées']);
    expect(insertedText(second ?? '')).toEqual(['seule']);
    expect(second).toContain('Ces données sont chiffrées');
    expect(insertedText(third ?? '')).toEqual(['jamais']);
    expect(third).toContain('y accéder.');
    // Rejecting the paragraph marks in Word joins the pieces back into A's point 2.
    expect([first, second, third, next].map((p) => markInserted(p ?? ''))).toEqual([true, true, false, false]);
  });
});

describe('two paragraphs merged into one', () => {
  const merged = input([P1, P4, P5, P3], [P1, `${P4} ${P5.replace(/^5\. /u, '')}`, P3]);

  it('stays one Markdown paragraph, the removed break and number struck through', () => {
    const paragraphs = redlineParagraphs(exportComparisonMarkdown(merged));
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[1]).toBe(
      '4\\. Aucun prestataire établi dans l’Union européenne n’est en mesure d’héberger un entrepôt de cette taille. ~~¶~~ ~~5.~~ Eu égard aux garanties mentionnées au point précédent, la condition d’urgence ne peut être regardée comme remplie.',
    );
  });

  it('carries a deleted paragraph mark in the DOCX, so accepting it gives B’s single paragraph', async () => {
    const [first, second] = await docxParagraphs(await exportComparisonDocx(merged), 'Aucun prestataire');
    expect(markDeleted(first ?? '')).toBe(true);
    expect(deletedText(second ?? '')).toEqual(['5.']);
    expect(markDeleted(second ?? '')).toBe(false);
  });
});

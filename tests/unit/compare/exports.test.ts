// The comparison exported: Markdown (summary, argument table, redline) and DOCX with real tracked changes.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { alignDecisions, argumentRows, exportComparisonDocx, exportComparisonMarkdown, type ComparisonExportInput } from '../../../shared/compare';
import type { Tag } from '../../../shared/model';
import { blocksOf, documentOf, passageOn, TEXTS_2024, TEXTS_2025 } from './fixtures';

const blocksA = blocksOf(TEXTS_2024, 'a');
const blocksB = blocksOf(TEXTS_2025, 'b');
const tags: Tag[] = [
  { id: 'cloud', name: 'Risque Cloud Act', color: '#f4a3a3', order: 0, parentId: null },
  { id: 'limit', name: 'Durée limitée', color: '#f7d67a', order: 1, parentId: null },
];
const passagesA = [passageOn(blocksA, 'expose celles-ci aux demandes fondées sur le Cloud Act', ['cloud'], { role: 'claimant', stance: 'rejected', id: 'a1' })];
const passagesB = [
  passageOn(blocksB, 'expose celles-ci aux demandes fondées sur le Cloud Act', ['cloud'], { role: 'claimant', stance: 'rejected', id: 'b1' }),
  passageOn(blocksB, 'limitée à une durée de trois ans', ['limit'], { role: 'reasoning', stance: 'accepted', id: 'b2' }),
];

function input(lang: 'fr' | 'en'): ComparisonExportInput {
  const paragraphs = (blocks: typeof blocksA) => blocks.map((b) => ({ id: b.id, text: b.text, ...(b.number ? { number: b.number } : {}) }));
  return {
    docA: documentOf('a', 'CE, réf., 2024', '2024-03-12'),
    docB: documentOf('b', 'CE, réf., 2025', '2025-04-25'),
    blocksA,
    blocksB,
    comparison: alignDecisions(paragraphs(blocksA), paragraphs(blocksB)),
    arguments: argumentRows({ tags, passagesA, passagesB, blocksA, blocksB }),
    lang,
    now: new Date('2025-05-02T10:00:00Z'),
    timeZone: 'UTC',
  };
}

describe('the compared orders', () => {
  it('align as a jurist reads them: one point added, one edited and renumbered, one renumbered', () => {
    const { comparison } = input('fr');
    expect(comparison.rows.map((r) => r.kind)).toEqual(['identical', 'identical', 'identical', 'added', 'changed', 'identical', 'identical']);
    expect(comparison.summary).toMatchObject({ identical: 5, renumbered: 1, changed: 1, added: 1, removed: 0, wordsAdded: 16 });
  });
});

describe('exportComparisonMarkdown', () => {
  it('writes the summary, the argument table and the redline', () => {
    const markdown = exportComparisonMarkdown(input('fr'));
    expect(markdown).toContain('# Comparaison : CE, réf., 2024 et CE, réf., 2025');
    expect(markdown).toContain('- Paragraphes modifiés : 1');
    expect(markdown).toContain('- Paragraphes ajoutés : 1');
    expect(markdown).toContain('| Étiquette | A | B |');
    expect(markdown).toContain("| Risque Cloud Act | “expose celles-ci aux demandes fondées sur le Cloud Act” (Moyens des requérants · Écarté) | “expose");
    expect(markdown).toContain('| Durée limitée (seulement dans B) | — | “limitée à une durée de trois ans” (pt 2 · ');
    // The edited point: renumbered, one word inserted; the added point in bold; the renumbered one said so.
    expect(markdown).toContain('~~2.~~ **3.** Il résulte');
    expect(markdown).toContain('par la **seule** Plateforme');
    expect(markdown).toContain('**2. L’autorisation accordée par la délibération contestée est limitée à une durée de trois ans.**');
    expect(markdown).toContain('*(renuméroté 3 → 4)*');
  });

  it('speaks English when asked', () => {
    const markdown = exportComparisonMarkdown(input('en'));
    expect(markdown).toContain('# Comparison: CE, réf., 2024 and CE, réf., 2025');
    expect(markdown).toContain('| Durée limitée (only in B) |');
  });
});

describe('exportComparisonDocx', () => {
  it('writes Word revisions for the text and a table for the arguments', async () => {
    const bytes = await exportComparisonDocx(input('en'));
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<w:ins [^>]*w:author="Glose comparison"[^>]*>.*?<w:t[^>]*>seule <\/w:t>/s);
    expect(xml).toMatch(/<w:del [^>]*>.*?<w:delText[^>]*>2\.\s*<\/w:delText>/s);
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('Durée limitée');
    expect(xml).toContain('only in B');
  });
});

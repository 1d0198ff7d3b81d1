// Each text format read back: Markdown and HTML content and escaping, CSV through papaparse, JSON-LD against the W3C model.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { escapeFormula, exportCsv, exportHtml, exportJsonLd, exportMarkdown } from '../../../shared/export';
import { list } from './listFixtures';

describe('exportMarkdown', () => {
  it('writes headings by tag, sub-tags one level down, quotes with citation, role, stance and note', () => {
    const md = exportMarkdown(list());
    expect(md).toContain('## Risque Cloud Act\n');
    expect(md).toContain('### FISA 702\n');
    expect(md).toContain('> Le moyen tiré de la méconnaissance du RGPD doit être écarté.\n\n— CAA Paris, 3e chambre, 12 mars 2024, n° 23PA01234, pt 5, p. 3 · Motifs de la juridiction · Écarté');
    expect(md).toContain('Note : Voir \\<script>alert(1)\\</script> & la CNIL');
    expect(md).toContain('9 passage(s) tiré(s) de 2 document(s)');
  });
});

describe('exportHtml', () => {
  it('is a self-contained page whose note cannot run a script', () => {
    const html = exportHtml(list({ kind: 'documents', docIds: ['doc-caa'] }));
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<blockquote><p>Le moyen tiré de la méconnaissance du RGPD doit être écarté.</p></blockquote>');
    expect(html).toContain('Voir &lt;script&gt;alert(1)&lt;/script&gt; &amp; la CNIL');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('@page');
  });
});

describe('exportCsv', () => {
  const parse = (text: string, delimiter: string) => Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { delimiter, skipEmptyLines: true }).data;

  it('starts with a BOM, has one row per passage and tag, keeps accents and defuses formulas', () => {
    const csv = exportCsv(list());
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(csv, ',');
    const [header, ...body] = rows;
    expect(header!.slice(0, 3)).toEqual(['Étiquette', 'Citation textuelle', 'Référence']);
    // p-hosted carries two tags (its duplicate id counted once): two rows.
    expect(body.filter((row) => row[14] === 'p-hosted').map((row) => row[0])).toEqual(['Risque Cloud Act', 'Urgence']);
    const formula = body.find((row) => row[14] === 'p-formula')!;
    expect(formula[0]).toBe('Risque Cloud Act › FISA 702');
    expect(formula[1]).toBe('\'=HYPERLINK("http://evil") selon la requérante ; « données » accentuées.');
    expect(formula[10]).toBe('4');
    const untagged = body.find((row) => row[14] === 'p-operative')!;
    expect(untagged[0]).toBe('');
  });

  it('uses `;` for French spreadsheets', () => {
    const csv = exportCsv(list(undefined, {}, { csvSeparator: ';' }));
    expect(csv.split('\r\n')[0]).toContain('Étiquette;Citation textuelle;Référence');
    const rows = parse(csv, ';');
    expect(rows.every((row) => row.length === 16)).toBe(true);
  });

  it('escapes every formula opener and nothing else', () => {
    for (const cell of ['=1+1', '+33', '-2', '@SUM(A1)', '\tx', '\rx']) expect(escapeFormula(cell)).toBe(`'${cell}`);
    expect(escapeFormula('Conseil d’État')).toBe('Conseil d’État');
  });
});

describe('exportJsonLd', () => {
  it('is an AnnotationCollection of W3C annotations with quote and position selectors, tagging and commenting bodies', () => {
    interface Selector { type: string; exact?: string; start?: number; end?: number }
    interface Item { '@context': string; id: string; type: string; motivation: string; body: Array<Record<string, string>>; target: { source: string; selector: Selector[] } }
    const json = JSON.parse(exportJsonLd(list())) as { type: string; total: number; first: { items: Item[] } };
    expect(json.type).toBe('AnnotationCollection');
    expect(json.total).toBe(9);
    const items = json.first.items;
    for (const item of items) {
      expect(item['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
      expect(item.type).toBe('Annotation');
      expect(item.id).toMatch(/^urn:glose:passage:/);
      expect(item.target.source).toMatch(/^urn:glose:document:/);
      expect(item.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    }
    const rgpd = items.find((item) => item.id === 'urn:glose:passage:p-rgpd')!;
    expect(rgpd.motivation).toBe('tagging');
    expect(rgpd.body).toContainEqual(expect.objectContaining({ type: 'TextualBody', purpose: 'tagging', value: 'Garanties de sécurité' }));
    expect(rgpd.body).toContainEqual(expect.objectContaining({ type: 'TextualBody', purpose: 'commenting', value: 'Voir <script>alert(1)</script> & la CNIL' }));
    expect(rgpd.target.selector[0]!.exact).toBe('Le moyen tiré de la méconnaissance du RGPD doit être écarté.');
    expect(rgpd.target.selector[1]).toEqual({ type: 'TextPositionSelector', start: 3, end: 63 });
  });
});

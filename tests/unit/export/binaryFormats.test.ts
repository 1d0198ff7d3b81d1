// @vitest-environment jsdom
// The zipped formats read back: the DOCX's document and comments parts, the REFI-QDA project and its sources.
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { exportDocx, exportQdpx, QDPX_NAMESPACE } from '../../../shared/export';
import { guidFor } from '../../../shared/codebook/qdcWrite';
import { list } from './listFixtures';

describe('exportDocx', () => {
  it('holds the title, a table of contents, the quotes as block quotes with citations, and the notes as Word comments', async () => {
    const zip = await JSZip.loadAsync(await exportDocx(list()));
    const document = await zip.file('word/document.xml')!.async('string');
    expect(document).toContain('Arguments — test');
    expect(document).toContain('TOC \\h \\o &quot;1-3&quot;');
    // The table lists the groups, sub-tags one level down.
    expect(document).toMatch(/TOC2.*FISA 702/);
    expect(document).toContain('<w:pStyle w:val="BlockQuote"/>');
    expect(document).toContain('Le moyen tiré de la méconnaissance du RGPD doit être écarté.');
    expect(document).toContain('— CAA Paris, 3e chambre, 12 mars 2024, n° 23PA01234, pt 5, p. 3');
    expect(document).toContain('<w:commentRangeStart w:id="0"/>');
    const comments = await zip.file('word/comments.xml')!.async('string');
    expect(comments).toContain('Voir &lt;script&gt;alert(1)&lt;/script&gt; &amp; la CNIL');
    expect(comments).toContain('Argument des requérants, à contrer.');
    // Three notes, three comments, each anchored in the document.
    expect(comments.match(/<w:comment /g)).toHaveLength(3);
    expect(document.match(/<w:commentReference w:id="\d+"\/>/g)).toHaveLength(3);
  });

  it('is read by a Word reader in order: headings, quotes, citations', async () => {
    const bytes = await exportDocx(list({ kind: 'documents', docIds: ['doc-caa'] }, {}, { grouping: 'document' }));
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    const at = (text: string) => value.indexOf(text);
    expect(at('CAA Paris, 12 mars 2024')).toBeGreaterThan(-1);
    expect(at('Le moyen tiré de la méconnaissance du RGPD')).toBeGreaterThan(at('CAA Paris, 12 mars 2024'));
    expect(at('— CAA Paris, 3e chambre, 12 mars 2024, n° 23PA01234, pt 5, p. 3')).toBeGreaterThan(at('Le moyen tiré'));
    expect(value).toContain('=HYPERLINK("http://evil") selon la requérante ; « données » accentuées.');
  });
});

describe('exportQdpx', () => {
  it('is a zip with project.qde in the REFI-QDA namespace: codebook, user, sources and codings that point at the quoted text', async () => {
    const zip = await JSZip.loadAsync(await exportQdpx(list()));
    const xml = await zip.file('project.qde')!.async('string');
    const dom = new DOMParser().parseFromString(xml, 'application/xml');
    expect(dom.getElementsByTagName('parsererror')).toHaveLength(0);
    const project = dom.documentElement;
    expect(project.localName).toBe('Project');
    expect(project.namespaceURI).toBe(QDPX_NAMESPACE);
    const el = (name: string) => Array.from(dom.getElementsByTagNameNS(QDPX_NAMESPACE, name));
    expect(Array.from(project.children).map((c) => c.localName)).toEqual(['Users', 'CodeBook', 'Sources']);
    const codes = el('Code');
    expect(codes.map((c) => c.getAttribute('name'))).toContain('FISA 702');
    // The sub-tag nests inside its parent code.
    const fisa = codes.find((c) => c.getAttribute('name') === 'FISA 702')!;
    expect((fisa.parentElement as Element).getAttribute('guid')).toBe(guidFor('tag-cloud-act-risk'));
    const sources = el('TextSource');
    expect(sources.map((s) => s.getAttribute('name'))).toEqual(['CAA Paris, 12 mars 2024', 'Ordonnance du 25 avril 2025, Health Data Hub']);
    for (const source of sources) {
      const path = source.getAttribute('plainTextPath')!;
      expect(path).toMatch(/^internal:\/\/[0-9a-f-]{36}\.txt$/);
      const text = await zip.file(`sources/${path.slice('internal://'.length)}`)!.async('string');
      for (const selection of Array.from(source.getElementsByTagNameNS(QDPX_NAMESPACE, 'PlainTextSelection'))) {
        const start = Number(selection.getAttribute('startPosition'));
        const end = Number(selection.getAttribute('endPosition'));
        expect(text.slice(start, end).replace(/\s+/g, ' ').trim().slice(0, 60).trim()).toBe(selection.getAttribute('name'));
        for (const ref of Array.from(selection.getElementsByTagNameNS(QDPX_NAMESPACE, 'CodeRef'))) {
          expect(codes.map((c) => c.getAttribute('guid'))).toContain(ref.getAttribute('targetGUID'));
        }
      }
    }
    const formula = el('PlainTextSelection').find((s) => s.getAttribute('guid') === guidFor('p-formula'))!;
    expect(formula.getElementsByTagNameNS(QDPX_NAMESPACE, 'CodeRef')[0]!.getAttribute('targetGUID')).toBe(guidFor('tag-fisa'));
    const rgpd = el('PlainTextSelection').find((s) => s.getAttribute('guid') === guidFor('p-rgpd'))!;
    expect(rgpd.getElementsByTagNameNS(QDPX_NAMESPACE, 'Description')[0]!.textContent).toBe('Voir <script>alert(1)</script> & la CNIL');
    expect(el('User')).toHaveLength(1);
  });
});

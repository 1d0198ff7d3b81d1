// An argument list as a brief-ready Word document: title, table of contents by group, quotes as block quotes, citations, notes as comments.
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TableOfContents, TextRun } from 'docx';
import JSZip from 'jszip';
import { translate } from '../i18n';
import type { ArgumentList, ExportEntry } from './argumentList';
import { listSummary, noteOf, roleAndStance } from './entryLabels';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

/** Word refuses control characters other than tab and line breaks in text; a damaged source must not break the file. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is being removed
const clean = (text: string) => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
const lines = (text: string) => clean(text).split(/\r\n|\r|\n|\u2028|\u2029/).map((line) => line.trim()).filter(Boolean);
const xml = (text: string) => clean(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const run = (text: string, props = '') => `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${xml(text)}</w:t></w:r>`;

/**
 * The passages are written as WordprocessingML directly: building 10,000 passages as `docx` objects
 * took ~8 s, mostly garbage collection, against a 2 s budget. `docx` still writes everything else
 * (package, styles, settings that ask Word to update the table of contents, headings with their
 * bookmarks, the table itself), and each group's passages replace a marker paragraph in its output.
 */
function passageXml(entry: ExportEntry, lang: ArgumentList['options']['lang'], commentId: number | null): string {
  const quote = lines(entry.passage.anchor.quote.exact);
  const paragraphs = quote.map((line, index) => {
    const start = commentId !== null && index === 0 ? `<w:commentRangeStart w:id="${commentId}"/>` : '';
    const end = commentId !== null && index === quote.length - 1 ? `<w:commentRangeEnd w:id="${commentId}"/><w:r><w:commentReference w:id="${commentId}"/></w:r>` : '';
    return `<w:p><w:pPr><w:pStyle w:val="BlockQuote"/></w:pPr>${start}${run(line)}${end}</w:p>`;
  });
  const labels = roleAndStance(entry, lang);
  paragraphs.push(`<w:p><w:pPr><w:pStyle w:val="Citation"/></w:pPr>${run(`— ${entry.citation}`)}${labels ? run(` · ${labels}`, '<w:color w:val="555555"/>') : ''}</w:p>`);
  return paragraphs.join('');
}

export async function exportDocx(list: ArgumentList): Promise<Uint8Array> {
  const { lang } = list.options;
  // A marker no title can contain: it is checked against the rendered document below.
  const marker = `GLOSE-PASSAGES-${Math.random().toString(36).slice(2)}-`;
  const template: Array<Paragraph | TableOfContents> = [
    new Paragraph({ text: clean(list.title), heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: clean(list.generated), italics: true })] }),
    new Paragraph({ text: clean(listSummary(list)) }),
    // Not a heading: the table of contents must not list itself.
    new Paragraph({ children: [new TextRun({ text: translate(lang, 'export.contents'), bold: true, size: 28 })], spacing: { before: 240 } }),
    // Word fills the table from the headings when the file opens (it asks to update fields).
    new TableOfContents(translate(lang, 'export.contents'), { hyperlink: true, headingStyleRange: '1-3' }),
  ];
  list.groups.forEach((group, index) => {
    template.push(new Paragraph({ text: clean(group.title), heading: HEADINGS[Math.min(group.depth, HEADINGS.length - 1)] }));
    if (group.subtitle) template.push(new Paragraph({ children: [new TextRun({ text: clean(group.subtitle), italics: true })] }));
    template.push(new Paragraph(`${marker}${index}`));
  });
  const anyNote = list.groups.some((group) => group.entries.some((entry) => noteOf(entry)));
  const document = new Document({
    creator: 'Glose',
    title: clean(list.title),
    features: { updateFields: true },
    // One placeholder comment makes docx declare the comments part; its content is written below.
    ...(anyNote ? { comments: { children: [{ id: 0, author: 'Glose', initials: 'GL', date: list.options.now, children: [new Paragraph('')] }] } } : {}),
    styles: {
      default: { document: { run: { font: 'Times New Roman', size: 24 } } },
      paragraphStyles: [
        {
          id: 'BlockQuote',
          name: 'Block Quote',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { italics: true },
          paragraph: { indent: { left: 720, right: 360 }, spacing: { before: 120, after: 60 }, alignment: AlignmentType.JUSTIFIED },
        },
        { id: 'Citation', name: 'Citation', basedOn: 'Normal', next: 'Normal', quickFormat: true, paragraph: { indent: { left: 720 }, spacing: { after: 240 } } },
      ],
    },
    sections: [{ children: template }],
  });
  const zip = await JSZip.loadAsync(await Packer.pack(document, 'uint8array'));
  const body = await zip.file('word/document.xml')!.async('string');

  const comments: string[] = [];
  const date = list.options.now.toISOString();
  const groupsXml = list.groups.map((group) =>
    group.entries
      .map((entry) => {
        const note = noteOf(entry);
        if (!note) return passageXml(entry, lang, null);
        const id = comments.length;
        comments.push(`<w:comment w:id="${id}" w:initials="GL" w:author="Glose" w:date="${date}">${lines(note).map((line) => `<w:p>${run(line)}</w:p>`).join('') || '<w:p/>'}</w:comment>`);
        return passageXml(entry, lang, id);
      })
      .join(''),
  );
  const markerParagraph = new RegExp(`<w:p>(?:(?!</w:p>).)*?${marker}(\\d+)(?:(?!</w:p>).)*?</w:p>`, 'g');
  let replaced = 0;
  const filled = body.replace(markerParagraph, (_whole, index: string) => {
    replaced += 1;
    return groupsXml[Number(index)] ?? '';
  });
  if (replaced !== list.groups.length) throw new Error('the Word document could not be assembled');
  // Encoded up front by the platform's encoder: JSZip's own UTF-8 worker is several times slower.
  zip.file('word/document.xml', new TextEncoder().encode(filled));
  if (anyNote) {
    const template = await zip.file('word/comments.xml')!.async('string');
    const open = template.slice(0, template.indexOf('<w:comment '));
    zip.file('word/comments.xml', new TextEncoder().encode(`${open}${comments.join('')}</w:comments>`));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 1 } });
}

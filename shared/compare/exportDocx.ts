// The comparison as a Word document: real tracked changes (w:ins / w:del) for the text, a two-column table for the arguments.
import { DeletedTextRun, Document, HeadingLevel, InsertedTextRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { tagDisplayName, translate } from '../i18n';
import { formatPinpointCitation } from '../legal/citation';
import type { GloseDocument } from '../model';
import type { ArgumentPassage, ArgumentRow } from './argumentRows';
import { passageLine, remarkText, summaryLines, type ComparisonExportInput } from './exportMarkdown';
import { redline } from './redline';

type Lang = ComparisonExportInput['lang'];

function passageParagraphs(passages: readonly ArgumentPassage[], lang: Lang): Paragraph[] {
  if (passages.length === 0) return [new Paragraph('—')];
  return passages.map((p) => {
    const { quote, details } = passageLine(p, lang);
    return new Paragraph({ spacing: { after: 120 }, children: [new TextRun(`“${quote}” `), new TextRun({ text: `(${details})`, italics: true })] });
  });
}

function argumentTable(rows: readonly ArgumentRow[], input: ComparisonExportInput): Table {
  const { lang } = input;
  const header = new TableRow({
    tableHeader: true,
    children: [translate(lang, 'compare.arguments.tag'), `A — ${input.docA.title}`, `B — ${input.docB.title}`].map(
      (text) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold: true })] })] }),
    ),
  });
  const body = rows.map((row) => {
    const only = row.presence === 'onlyA' || row.presence === 'onlyB' ? ` (${translate(lang, `compare.presence.${row.presence}`)})` : '';
    return new TableRow({
      children: [
        new TableCell({ children: [new Paragraph({ indent: { left: row.depth * 240 }, children: [new TextRun({ text: tagDisplayName(row.tag, lang) || row.tag.id, bold: true }), new TextRun(only)] })] }),
        new TableCell({ children: passageParagraphs(row.a, lang) }),
        new TableCell({ children: passageParagraphs(row.b, lang) }),
      ],
    });
  });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...body] });
}

/** The DOCX file's bytes. */
export async function exportComparisonDocx(input: ComparisonExportInput): Promise<Uint8Array> {
  const { docA, docB, lang, comparison } = input;
  const name = (doc: GloseDocument) => formatPinpointCitation(doc, undefined, lang) || doc.title;
  // Word shows who made each revision and when: the export names the comparison itself.
  const revision = { author: translate(lang, 'compare.export.author'), date: input.now.toISOString() };
  let nextId = 1;
  const children: Array<Paragraph | Table> = [
    new Paragraph({ heading: HeadingLevel.TITLE, text: translate(lang, 'compare.export.title', { a: docA.title, b: docB.title }) }),
    new Paragraph({ children: [new TextRun({ text: 'A : ', bold: true }), new TextRun(name(docA))] }),
    new Paragraph({ children: [new TextRun({ text: 'B : ', bold: true }), new TextRun(name(docB))] }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: translate(lang, 'compare.summary.heading') }),
    ...summaryLines(comparison.summary, lang).map((line) => new Paragraph({ text: line, bullet: { level: 0 } })),
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: translate(lang, 'compare.arguments.heading') }),
  ];
  const rows = input.arguments.filter((row) => row.presence !== 'neither');
  children.push(rows.length === 0 ? new Paragraph(translate(lang, 'compare.arguments.noneExported')) : argumentTable(rows, input));
  children.push(
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: translate(lang, 'compare.text.heading') }),
    new Paragraph({ children: [new TextRun({ text: translate(lang, 'compare.export.legendDocx'), italics: true })] }),
  );
  for (const paragraph of redline(comparison.rows, input.blocksA, input.blocksB)) {
    const runs = paragraph.parts.map(({ op, text }) => {
      const flat = text.replace(/\s*\n\s*/gu, ' ');
      if (op === 'insert') return new InsertedTextRun({ text: flat, id: nextId++, ...revision });
      if (op === 'delete') return new DeletedTextRun({ text: flat, id: nextId++, ...revision });
      return new TextRun(flat);
    });
    if (paragraph.remark) runs.push(new TextRun({ text: ` (${remarkText(paragraph.remark, lang)})`, italics: true }));
    // A split or merge is a revision of the paragraph mark: rejecting it in Word joins or parts the pieces again.
    const mark = paragraph.end === 'inserted' ? { insertion: { id: nextId++, ...revision } } : paragraph.end === 'deleted' ? { deletion: { id: nextId++, ...revision } } : undefined;
    children.push(new Paragraph({ spacing: { after: 160 }, children: runs, ...(mark ? { run: mark } : {}) }));
  }
  const document = new Document({ creator: 'Glose', title: translate(lang, 'compare.export.title', { a: docA.title, b: docB.title }), sections: [{ children }] });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

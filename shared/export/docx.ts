// An argument list as a brief-ready Word document: title, table of contents by group, quotes as block quotes, citations, notes as comments.
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  TableOfContents,
  TextRun,
  type ICommentOptions,
} from 'docx';
import { translate } from '../i18n';
import type { ArgumentList } from './argumentList';
import { listSummary, noteOf, roleAndStance } from './entryLabels';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

/** Word refuses control characters other than tab and line breaks in text; a damaged source must not break the file. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is being removed
const clean = (text: string) => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
const lines = (text: string) => clean(text).split(/\r\n|\r|\n|\u2028|\u2029/).map((line) => line.trim()).filter(Boolean);

export async function exportDocx(list: ArgumentList): Promise<Uint8Array> {
  const { lang } = list.options;
  const comments: ICommentOptions[] = [];
  const body: Array<Paragraph | TableOfContents> = [
    new Paragraph({ text: clean(list.title), heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: clean(list.generated), italics: true })] }),
    new Paragraph({ text: clean(listSummary(list)) }),
    // Not a heading: the table of contents must not list itself.
    new Paragraph({ children: [new TextRun({ text: translate(lang, 'export.contents'), bold: true, size: 28 })], spacing: { before: 240 } }),
    // Word fills the table from the headings when the file opens (it asks to update fields).
    new TableOfContents(translate(lang, 'export.contents'), { hyperlink: true, headingStyleRange: '1-3' }),
  ];
  for (const group of list.groups) {
    body.push(new Paragraph({ text: clean(group.title), heading: HEADINGS[Math.min(group.depth, HEADINGS.length - 1)] }));
    if (group.subtitle) body.push(new Paragraph({ children: [new TextRun({ text: clean(group.subtitle), italics: true })] }));
    for (const entry of group.entries) {
      const note = noteOf(entry);
      const quote = lines(entry.passage.anchor.quote.exact);
      // The comment spans the whole quote, so Word shows the note beside the passage it is about.
      const id = note ? comments.length : -1;
      if (note) {
        comments.push({ id, author: 'Glose', initials: 'GL', date: list.options.now, children: lines(note).map((line) => new Paragraph(line)) });
      }
      quote.forEach((line, index) => {
        const first = index === 0;
        const last = index === quote.length - 1;
        body.push(
          new Paragraph({
            style: 'BlockQuote',
            children: [
              ...(note && first ? [new CommentRangeStart(id)] : []),
              new TextRun(line),
              ...(note && last ? [new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })] : []),
            ],
          }),
        );
      });
      const labels = roleAndStance(entry, lang);
      body.push(
        new Paragraph({
          style: 'Citation',
          children: [new TextRun(`— ${clean(entry.citation)}`), ...(labels ? [new TextRun({ text: ` · ${clean(labels)}`, color: '555555' })] : [])],
        }),
      );
    }
  }
  const document = new Document({
    creator: 'Glose',
    title: clean(list.title),
    features: { updateFields: true },
    comments: { children: comments },
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
    sections: [{ children: body }],
  });
  return Packer.pack(document, 'uint8array');
}

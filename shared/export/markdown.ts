// The argument list of one document as Markdown: tags in codebook order, each quote with its pinpoint citation.
import { tagDisplayName, translate, type Lang } from '../i18n';
import { formatPinpointCitation } from '../legal/citation';
import type { Annotation, Block, GloseDocument, Tag } from '../model';
import { groupPassagesByTag } from './groupByTag';
import { blockQuote, escapeInline, markdownLines } from './markdownText';
import { paragraphNumbers, passageParagraph } from './paragraphNumber';

export interface ArgumentListInput {
  document: GloseDocument;
  blocks: readonly Block[];
  passages: readonly Annotation[];
  tags: readonly Tag[];
  lang: Lang;
  now: Date;
  /** IANA zone of the "exported on" date; the system's when absent (tests pin it). */
  timeZone?: string;
}

export function exportArgumentListMarkdown(input: ArgumentListInput): string {
  const { document, blocks, tags, lang } = input;
  const numbers = paragraphNumbers(blocks);
  // "No paragraph number" only tells something in a document that has numbered points.
  const numbered = blocks.some((block) => block.number?.trim());
  const citation = formatPinpointCitation(document, undefined, lang);
  const generated = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: input.timeZone });

  const out: string[] = [`# ${escapeInline(translate(lang, 'export.title', { title: document.title }))}`];
  if (citation) out.push('', escapeInline(citation));
  out.push('', translate(lang, 'export.generated', { date: generated.format(input.now) }));

  // Another document's passages would be cited with this one's references.
  const passages = input.passages.filter((passage) => passage.docId === document.id);
  for (const group of groupPassagesByTag(passages, tags, lang)) {
    const name = group.tag ? tagDisplayName(group.tag, lang) || group.tag.id : translate(lang, 'export.untagged');
    out.push('', `## ${escapeInline(name)}`);
    for (const passage of group.passages) {
      const paragraph = passageParagraph(passage, numbers);
      let source = `— ${escapeInline(formatPinpointCitation(document, paragraph, lang))}`;
      if (!paragraph && numbered) source += ` (${translate(lang, 'export.noParagraph')})`;
      out.push('', blockQuote(passage.anchor.quote.exact), '', source);
      const note = passage.note?.trim();
      if (note) out.push('', markdownLines(translate(lang, 'export.note', { note })).join('\n'));
    }
  }
  return `${out.join('\n')}\n`;
}

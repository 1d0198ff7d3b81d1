// The comparison as Markdown: summary, the argument table (A and B side by side), and B's text redlined against A.
import { tagDisplayName, translate, type Lang } from '../i18n';
import { formatPinpointCitation } from '../legal/citation';
import type { Block, GloseDocument } from '../model';
import { escapeInline, escapeLineStart } from '../export';
import type { ArgumentPassage, ArgumentRow } from './argumentRows';
import { redline, type RedlineParagraph } from './redline';
import type { Comparison, CompareSummary } from './types';

export interface ComparisonExportInput {
  docA: GloseDocument;
  docB: GloseDocument;
  /** Both in reading order, as they were compared. */
  blocksA: readonly Block[];
  blocksB: readonly Block[];
  comparison: Comparison;
  arguments: readonly ArgumentRow[];
  lang: Lang;
  now: Date;
  timeZone?: string;
}

/** The summary's lines, shared by both exports. */
export function summaryLines(summary: CompareSummary, lang: Lang): string[] {
  const t = (key: Parameters<typeof translate>[1], count: number) => translate(lang, key, { count: count.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB') });
  return [
    t('compare.summary.identical', summary.identical),
    ...(summary.renumbered > 0 ? [t('compare.summary.renumbered', summary.renumbered)] : []),
    t('compare.summary.changed', summary.changed),
    t('compare.summary.added', summary.added),
    t('compare.summary.removed', summary.removed),
    ...(summary.moved > 0 ? [t('compare.summary.moved', summary.moved)] : []),
    t('compare.summary.wordsAdded', summary.wordsAdded),
    t('compare.summary.wordsRemoved', summary.wordsRemoved),
  ];
}

/** `“quote” (pt 7 · Court’s reasoning · Rejected)`, as a cell of the argument table says a passage. */
export function passageLine({ passage, paragraph }: ArgumentPassage, lang: Lang): { quote: string; details: string } {
  const details = [
    paragraph ? translate(lang, 'compare.paragraph', { number: paragraph }) : '',
    passage.role ? translate(lang, `role.${passage.role}`) : '',
    translate(lang, `stance.${passage.stance ?? 'undecided'}`),
  ].filter(Boolean);
  return { quote: passage.anchor.quote.exact.replace(/\s+/gu, ' ').trim(), details: details.join(' · ') };
}

export function remarkText(remark: NonNullable<RedlineParagraph['remark']>, lang: Lang): string {
  const vars = { from: remark.from ?? '', to: remark.to ?? '' };
  if (remark.kind === 'movedTo') return translate(lang, 'compare.remark.movedTo', vars);
  if (remark.kind === 'movedFrom') return translate(lang, 'compare.remark.movedFrom', vars);
  return translate(lang, 'compare.remark.renumbered', vars);
}

const cell = (text: string) => escapeInline(text).replace(/~/g, '\\~').replace(/\|/g, '\\|');

function argumentCell(passages: readonly ArgumentPassage[], lang: Lang): string {
  if (passages.length === 0) return '—';
  return passages
    .map((p) => {
      const { quote, details } = passageLine(p, lang);
      return `“${cell(quote)}” (${cell(details)})`;
    })
    .join('<br><br>');
}

function redlineText(paragraph: RedlineParagraph): string {
  const text = paragraph.parts
    .map(({ op, text: raw }) => {
      const escaped = escapeInline(raw).replace(/~/g, '\\~');
      // Emphasis cannot open or close on a space, so the spaces stay outside the markers.
      const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/u.exec(escaped) ?? [];
      if (op === 'equal' || core === '') return escaped;
      return op === 'delete' ? `${lead}~~${core}~~${trail}` : `${lead}**${core}**${trail}`;
    })
    .join('')
    .replace(/\s*\n\s*/gu, ' ')
    .trimEnd();
  // A break B added ends the piece in bold; the pieces of a merge stay on one line (see redlineLines).
  if (paragraph.end === 'inserted') return `${text} **¶**`;
  if (paragraph.end === 'deleted') return `${text} ~~¶~~`;
  return text;
}

/**
 * One Markdown paragraph per paragraph of B: a split paragraph's pieces each on their own, with their own
 * changes; the pieces of two merged paragraphs on one line, since B has them as one.
 */
function redlineLines(paragraphs: readonly RedlineParagraph[], lang: Lang): string[] {
  const lines: string[] = [];
  let open: string[] = [];
  for (const paragraph of paragraphs) {
    const text = redlineText(paragraph);
    open.push(paragraph.remark ? `${text} *(${escapeInline(remarkText(paragraph.remark, lang))})*` : text);
    if (paragraph.end === 'deleted') continue;
    lines.push(escapeLineStart(open.join(' ')));
    open = [];
  }
  if (open.length > 0) lines.push(escapeLineStart(open.join(' ')));
  return lines;
}

export function exportComparisonMarkdown(input: ComparisonExportInput): string {
  const { docA, docB, lang, comparison } = input;
  const generated = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: input.timeZone });
  const name = (doc: GloseDocument) => formatPinpointCitation(doc, undefined, lang) || doc.title;
  // French typography puts a (non-breaking) space before a colon.
  const colon = lang === 'fr' ? '\u00a0:' : ':';
  const out: string[] = [
    `# ${escapeInline(translate(lang, 'compare.export.title', { a: docA.title, b: docB.title }))}`,
    '',
    `- **A**${colon} ${escapeInline(name(docA))}`,
    `- **B**${colon} ${escapeInline(name(docB))}`,
    '',
    translate(lang, 'export.generated', { date: generated.format(input.now) }),
    '',
    `## ${translate(lang, 'compare.summary.heading')}`,
    '',
    ...summaryLines(comparison.summary, lang).map((line) => `- ${line}`),
    '',
    `## ${translate(lang, 'compare.arguments.heading')}`,
    '',
  ];
  const rows = input.arguments.filter((row) => row.presence !== 'neither');
  if (rows.length === 0) out.push(translate(lang, 'compare.arguments.noneExported'));
  else {
    out.push(`| ${translate(lang, 'compare.arguments.tag')} | A | B |`, '|---|---|---|');
    for (const row of rows) {
      const indent = '\u00a0\u00a0'.repeat(row.depth);
      const only = row.presence === 'onlyA' || row.presence === 'onlyB' ? ` (${translate(lang, `compare.presence.${row.presence}`)})` : '';
      out.push(`| ${indent}${cell(tagDisplayName(row.tag, lang) || row.tag.id)}${cell(only)} | ${argumentCell(row.a, lang)} | ${argumentCell(row.b, lang)} |`);
    }
  }
  out.push('', `## ${translate(lang, 'compare.text.heading')}`, '', `*${translate(lang, 'compare.export.legendMarkdown')}*`);
  for (const line of redlineLines(redline(comparison.rows, input.blocksA, input.blocksB), lang)) out.push('', line);
  return `${out.join('\n')}\n`;
}

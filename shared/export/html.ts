// An argument list as one self-contained HTML page: everything escaped, no script, a stylesheet fit for print (and for PDF).
import { translate } from '../i18n';
import type { ArgumentList } from './argumentList';
import { listSummary, noteOf, roleAndStance } from './entryLabels';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Paragraphs of a quote or note stay paragraphs. */
function paragraphs(text: string): string {
  return text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('');
}

/** Print CSS: serif body, quotes set off, no group split from its heading, A4 margins. */
export const EXPORT_CSS = `
@page { size: A4; margin: 2cm; }
:root { color-scheme: light; }
body { font: 11pt/1.5 Georgia, 'Times New Roman', serif; color: #111; background: #fff; max-width: 44em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 18pt; margin: 0 0 .3em; }
h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; margin: 1.4em 0 .4em; }
h2 { font-size: 14pt; border-bottom: 1px solid #999; padding-bottom: .15em; }
h3 { font-size: 12.5pt; } h4, h5, h6 { font-size: 11.5pt; }
.meta, .summary { color: #444; font-size: 10pt; margin: 0; }
.document-citation { color: #333; font-style: italic; margin: 0 0 .6em; }
.passage { break-inside: avoid; page-break-inside: avoid; margin: 0 0 1.1em; }
blockquote { margin: 0; padding: .2em 0 .2em 1em; border-left: 3px solid #888; font-style: italic; }
blockquote p { margin: .2em 0; }
.source { margin: .3em 0 0 1em; font-size: 10pt; }
.source cite { font-style: normal; }
.labels { color: #444; }
.note { margin: .3em 0 0 1em; padding: .3em .6em; background: #f4f4f4; border-radius: 3px; font-size: 10pt; }
.note p { margin: .1em 0; }
@media print { body { margin: 0; max-width: none; } .note { background: none; border: 1px solid #bbb; } }
`;

/** The page's body only: what the web edition shows in its print view. */
export function exportHtmlBody(list: ArgumentList): string {
  const { lang } = list.options;
  const out: string[] = [
    `<h1>${escapeHtml(list.title)}</h1>`,
    `<p class="meta">${escapeHtml(list.generated)}</p>`,
    `<p class="summary">${escapeHtml(listSummary(list))}</p>`,
  ];
  for (const group of list.groups) {
    const level = Math.min(2 + group.depth, 6);
    out.push(`<section class="group depth-${group.depth}"><h${level}>${escapeHtml(group.title)}</h${level}>`);
    if (group.subtitle) out.push(`<p class="document-citation">${escapeHtml(group.subtitle)}</p>`);
    for (const entry of group.entries) {
      const labels = roleAndStance(entry, lang);
      const note = noteOf(entry);
      out.push(
        `<div class="passage"><blockquote>${paragraphs(entry.passage.anchor.quote.exact)}</blockquote>`,
        `<p class="source">— <cite>${escapeHtml(entry.citation)}</cite>${labels ? ` <span class="labels">· ${escapeHtml(labels)}</span>` : ''}</p>`,
        note ? `<div class="note"><strong>${escapeHtml(translate(lang, 'export.noteLabel'))}</strong>${paragraphs(note)}</div>` : '',
        '</div>',
      );
    }
    out.push('</section>');
  }
  return out.filter(Boolean).join('\n');
}

export function exportHtml(list: ArgumentList): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${list.options.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    // The file opens anywhere: nothing in it may load or run, whatever a note says.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(list.title)}</title>`,
    `<style>${EXPORT_CSS}</style>`,
    '</head>',
    '<body>',
    exportHtmlBody(list),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

// An argument list as Markdown: headings by group (sub-tags one level deeper), quotes as block quotes, citation, role, stance, note.
import { translate } from '../i18n';
import type { ArgumentList } from './argumentList';
import { listSummary, noteOf, roleAndStance } from './entryLabels';
import { blockQuote, escapeInline, markdownLines } from './markdownText';

export function exportMarkdown(list: ArgumentList): string {
  const { lang } = list.options;
  const out: string[] = [`# ${escapeInline(list.title)}`, '', escapeInline(list.generated), '', escapeInline(listSummary(list))];
  for (const group of list.groups) {
    out.push('', `${'#'.repeat(Math.min(2 + group.depth, 6))} ${escapeInline(group.title)}`);
    if (group.subtitle) out.push('', escapeInline(group.subtitle));
    for (const entry of group.entries) {
      const extra = roleAndStance(entry, lang);
      out.push('', blockQuote(entry.passage.anchor.quote.exact), '', `— ${escapeInline(entry.citation)}${extra ? ` · ${escapeInline(extra)}` : ''}`);
      const note = noteOf(entry);
      if (note) out.push('', markdownLines(translate(lang, 'export.note', { note })).join('\n'));
    }
  }
  return `${out.join('\n')}\n`;
}

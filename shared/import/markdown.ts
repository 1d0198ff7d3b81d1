// Markdown → blocks with marked's lexer: structure kept, inline markup reduced to its text, HTML never run.
import { Lexer, type MarkedToken, type Token, type Tokens } from 'marked';
import type { DraftBlock, ImportedDocument } from '../model';
import { decodeHtmlEntities } from './htmlEntities';
import { splitFrontMatter } from './markdownFrontMatter';
import { isRuleOnly, normalizeBlockText } from './normalizeText';

/**
 * Reads Markdown into blocks. Only the lexer runs: nothing is rendered to HTML, so raw HTML in
 * the file can never execute. Raw HTML blocks are dropped; inline tags are dropped and the text
 * between them kept (except inside `<script>` / `<style>`). The title is the front matter's
 * `title`, else the first level-1 heading.
 */
export function importMarkdown(markdown: string): ImportedDocument {
  const { meta, body } = splitFrontMatter(markdown);
  const blocks = markdownToBlocks(body);
  if (!meta.title) {
    const heading = blocks.find((block) => block.type === 'heading' && block.level === 1);
    if (heading) meta.title = heading.text;
  }
  return { meta, blocks, sourceFormat: 'markdown' };
}

export function markdownToBlocks(markdown: string): DraftBlock[] {
  const blocks: DraftBlock[] = [];
  const push = (block: DraftBlock): void => {
    const text = normalizeBlockText(block.text);
    if (text && !isRuleOnly(text)) blocks.push({ ...block, text });
  };
  walkBlocks(new Lexer({ gfm: true }).lex(markdown), push);
  return blocks;
}

type Push = (block: DraftBlock) => void;

// Without extensions, marked's lexer emits only MarkedTokens; the cast lets `switch` narrow.
const known = (token: Token): MarkedToken => token as MarkedToken;

function walkBlocks(tokens: readonly Token[], push: Push): void {
  for (const token of tokens.map(known)) {
    switch (token.type) {
      case 'heading':
        push({ type: 'heading', level: token.depth, text: inlineText(token.tokens) });
        break;
      case 'paragraph':
        push({ type: 'paragraph', text: inlineText(token.tokens) });
        break;
      case 'text':
        // A block-level text token appears in tight list items and after raw HTML blocks.
        push({ type: 'paragraph', text: token.tokens ? inlineText(token.tokens) : decodeHtmlEntities(token.text) });
        break;
      case 'list':
        walkList(token, push);
        break;
      case 'blockquote':
        walkBlocks(token.tokens, push);
        break;
      case 'code':
        // Code is not rendered as code: a ruling has none, and an article's snippet reads fine as text.
        push({ type: 'paragraph', text: token.text });
        break;
      case 'table':
        // One block per cell, as for HTML tables, so a passage can be anchored in one cell.
        for (const cell of [...token.header, ...token.rows.flat()]) push({ type: 'paragraph', text: inlineText(cell.tokens) });
        break;
      default:
        // html (never run, dropped), hr, space, def, and inline tokens out of place.
        break;
    }
  }
}

function walkList(list: Tokens.List, push: Push): void {
  for (const item of list.items) {
    const own: Token[] = [];
    const nested: Token[] = [];
    for (const child of item.tokens) {
      const type = known(child).type;
      (type === 'text' || type === 'paragraph' ? own : nested).push(child);
    }
    const text = own.map((child) => inlineText(ownTokens(child))).join(' ');
    // An ordered item keeps the number printed in the file (`7.`), as a ruling's numbered point
    // does in any other format: the text is what the author wrote, and the legal pass reads it.
    const marker = list.ordered ? /^\s*(\d{1,9}[.)])/.exec(item.raw)?.[1] : undefined;
    push({ type: 'listItem', text: marker ? `${marker} ${text}` : text });
    walkBlocks(nested, push);
  }
}

/** The inline tokens of a paragraph or text token (a text token without any is its own). */
function ownTokens(token: Token): readonly Token[] {
  return 'tokens' in token && token.tokens ? token.tokens : [token];
}

/** The plain text of inline tokens: emphasis removed, links reduced to their text, entities decoded. */
function inlineText(tokens: readonly Token[]): string {
  let text = '';
  let skipping: string | null = null;
  for (const token of tokens.map(known)) {
    if (skipping !== null) {
      // Inside an inline <script> or <style>: nothing until its closing tag is text.
      if (token.type === 'html' && new RegExp(`^</${skipping}\\s*>`, 'i').test(token.text)) skipping = null;
      continue;
    }
    switch (token.type) {
      case 'text':
        text += token.tokens ? inlineText(token.tokens) : decodeHtmlEntities(token.text);
        break;
      case 'escape':
        text += token.text;
        break;
      case 'strong':
      case 'em':
      case 'del':
      case 'link':
        text += inlineText(token.tokens);
        break;
      case 'codespan':
        // CommonMark does not decode references inside code spans: `&lt;` is shown as written.
        text += token.text;
        break;
      case 'br':
        text += ' ';
        break;
      case 'html': {
        const opening = /^<(script|style)\b/i.exec(token.text);
        if (opening?.[1] && !/<\/(script|style)\s*>\s*$/i.test(token.text)) skipping = opening[1].toLowerCase();
        else if (/^<br\b/i.test(token.text)) text += ' ';
        break;
      }
      default:
        // Images are not text; checkboxes of task lists carry none.
        break;
    }
  }
  return text;
}

// Walks a sanitised DOM and turns its headings, paragraphs, list items, quotes and cells into blocks.
import type { DraftBlock } from '../model';
import { isRuleOnly, normalizeBlockText } from './normalizeText';

// Never text of the document: code, media, controls, and page chrome that survived sanitising.
const SKIPPED = new Set([
  'script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'img', 'picture',
  'video', 'audio', 'button', 'select', 'textarea', 'input', 'nav', 'aside', 'form', 'dialog', 'head', 'title',
]);

const HEADINGS: Readonly<Record<string, number>> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

/** Elements that are one paragraph each. */
const PARAGRAPHS = new Set(['p', 'pre']);

/**
 * Elements that end the text before them and start their own: their loose text (a `<div>`
 * with no `<p>`, a table cell) becomes a paragraph, their block children blocks of their own.
 */
const CONTAINERS = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'header', 'hgroup', 'hr', 'html', 'legend', 'main', 'ol', 'section', 'summary',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** The blocks of a sanitised subtree, in document order. */
export function htmlToBlocks(root: Node): DraftBlock[] {
  const blocks: DraftBlock[] = [];
  let pending = '';
  const flush = (): void => {
    const text = normalizeBlockText(pending);
    if (text && !isRuleOnly(text)) blocks.push({ type: 'paragraph', text });
    pending = '';
  };
  const push = (block: DraftBlock): void => {
    flush();
    const text = normalizeBlockText(block.text);
    if (text && !isRuleOnly(text)) blocks.push({ ...block, text });
  };

  const walk = (parent: Node): void => {
    for (const node of Array.from(parent.childNodes)) {
      if (node.nodeType === TEXT_NODE) {
        pending += node.textContent ?? '';
        continue;
      }
      if (node.nodeType !== ELEMENT_NODE) continue;
      const element = node as Element;
      const name = element.localName;
      if (isSkipped(element)) continue;
      const level = HEADINGS[name];
      if (level) {
        push({ type: 'heading', level, text: inlineText(element, false) });
      } else if (PARAGRAPHS.has(name)) {
        push({ type: 'paragraph', text: inlineText(element, false) });
      } else if (name === 'li') {
        // A list item's own text is one block; its sub-lists follow as blocks of their own.
        push({ type: 'listItem', text: inlineText(element, true) });
        walkNestedLists(element);
      } else if (name === 'br') {
        // In loose text, a line break separates paragraphs (old court sites use <br> for them).
        flush();
      } else if (CONTAINERS.has(name)) {
        flush();
        walk(element);
        flush();
      } else {
        // Inline elements (span, a, em, time…) and unknown ones: their text runs on.
        walk(element);
      }
    }
  };

  const walkNestedLists = (element: Element): void => {
    for (const child of Array.from(element.children)) {
      if (isSkipped(child)) continue;
      if (child.localName === 'ul' || child.localName === 'ol') walk(child);
      else walkNestedLists(child);
    }
  };

  walk(root);
  flush();
  return blocks;
}

/** The text of an element as one paragraph: line breaks and inner blocks become spaces. */
function inlineText(element: Element, skipLists: boolean): string {
  let text = '';
  for (const node of Array.from(element.childNodes)) {
    if (node.nodeType === TEXT_NODE) {
      text += node.textContent ?? '';
    } else if (node.nodeType === ELEMENT_NODE) {
      const child = node as Element;
      const name = child.localName;
      if (isSkipped(child) || (skipLists && (name === 'ul' || name === 'ol'))) continue;
      if (name === 'br') text += ' ';
      // Spaces around inner blocks keep `<li><p>a</p><p>b</p></li>` from reading `ab`.
      else if (CONTAINERS.has(name) || PARAGRAPHS.has(name) || HEADINGS[name]) text += ` ${inlineText(child, skipLists)} `;
      else text += inlineText(child, skipLists);
    }
  }
  return text;
}

function isSkipped(element: Element): boolean {
  if (SKIPPED.has(element.localName)) return true;
  // Content the page itself hides is not part of what its reader sees.
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(element.getAttribute('style') ?? '');
}

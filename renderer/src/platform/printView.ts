// The web edition's PDF: the export's HTML shown in a print-only view of this page, then the browser's print dialog ("Save as PDF").
import type { SaveFileResult } from '../../../shared/ipc';

/**
 * No iframe or pop-up: the CSP forbids frames and Glose opens no windows. The page is parsed with
 * DOMParser (which never runs scripts; the exporter escapes everything anyway), its body moved into
 * a view the print stylesheet shows alone, its CSS scoped to print, and everything removed afterwards.
 */
export function printHtml(html: string, win: Window = window): Promise<SaveFileResult> {
  const doc = win.document;
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  for (const node of Array.from(parsed.querySelectorAll('script, iframe, object, embed, link, meta, base'))) node.remove();
  const css = Array.from(parsed.querySelectorAll('style'), (style) => style.textContent ?? '').join('\n');
  const view = doc.createElement('div');
  view.className = 'print-view';
  view.setAttribute('aria-hidden', 'true');
  view.lang = parsed.documentElement.lang;
  view.append(...Array.from(parsed.body.childNodes, (node) => doc.importNode(node, true)));
  const style = doc.createElement('style');
  style.textContent = `@media print {\n${css.replace(/\bbody\b/g, '.print-view')}\n}`;
  doc.head.append(style);
  doc.body.append(view);
  doc.body.classList.add('printing-export');
  const cleanUp = () => {
    view.remove();
    style.remove();
    doc.body.classList.remove('printing-export');
  };
  return new Promise((resolve) => {
    // `afterprint` fires when the dialog closes, whatever the user chose; the fallback covers browsers that never fire it.
    const timer = win.setTimeout(() => finish(), 60_000);
    const finish = () => {
      win.clearTimeout(timer);
      win.removeEventListener('afterprint', finish);
      cleanUp();
      resolve({ status: 'saved' });
    };
    win.addEventListener('afterprint', finish);
    win.print();
  });
}

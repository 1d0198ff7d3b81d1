// A small rich-text note (bold, italic, lists, links to passages), saved as the user types, a moment after the last key.
import { useEffect, useRef, type MouseEvent } from 'react';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { HeadingNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { LinkNode } from '@lexical/link';
import { $getRoot, type EditorState } from 'lexical';
import { NoteToolbar, type LinkTarget } from './NoteToolbar';

/** Long enough not to write on every key, short enough that closing the window right after typing loses nothing visible. */
export const NOTE_SAVE_DELAY_MS = 400;

interface Props {
  label: string;
  initialState?: string;
  links: readonly LinkTarget[];
  onSave: (state: string, text: string) => void;
}

const theme = { text: { bold: 'note-bold', italic: 'note-italic' }, list: { ul: 'note-ul', ol: 'note-ol', listitem: 'note-li' }, link: 'note-link', paragraph: 'note-p' };

/** Only links to passages of this app are allowed in a note: nothing in a note can point outside. */
const validateUrl = (url: string) => url.startsWith('#/doc/');

function followPassageLink(event: MouseEvent<HTMLDivElement>): void {
  const link = event.target instanceof Element ? event.target.closest('a') : null;
  const href = link?.getAttribute('href');
  if (!href || !validateUrl(href)) return;
  event.preventDefault();
  if (window.location.hash === href) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else window.location.hash = href;
}

export function NoteEditor({ label, initialState, links, onSave }: Props) {
  const timer = useRef<number | undefined>(undefined);
  const pending = useRef<(() => void) | null>(null);
  const save = useRef(onSave);
  useEffect(() => {
    save.current = onSave;
  }, [onSave]);
  // A note being typed when the panel closes is saved at once rather than dropped.
  useEffect(
    () => () => {
      window.clearTimeout(timer.current);
      pending.current?.();
    },
    [],
  );

  const onChange = (state: EditorState) => {
    const flush = () => {
      pending.current = null;
      timer.current = undefined;
      const text = state.read(() => $getRoot().getTextContent());
      save.current(JSON.stringify(state.toJSON()), text);
    };
    pending.current = flush;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(flush, NOTE_SAVE_DELAY_MS);
  };

  const initialConfig = {
    namespace: 'glose-note',
    nodes: [HeadingNode, ListNode, ListItemNode, LinkNode],
    theme,
    editorState: initialState || undefined,
    onError: (error: Error) => {
      console.error(error);
    },
  };

  return (
    <LexicalComposer initialConfig={initialConfig}>
      {/* A link in a note opens its passage; in an editable note the browser would only place the caret. */}
      <div className="note-editor" onClick={followPassageLink}>
        <NoteToolbar links={links} />
        <RichTextPlugin contentEditable={<ContentEditable className="note-text" aria-label={label} />} ErrorBoundary={LexicalErrorBoundary} />
        <HistoryPlugin />
        <ListPlugin />
        <LinkPlugin validateUrl={validateUrl} />
        <OnChangePlugin onChange={onChange} ignoreSelectionChange ignoreHistoryMergeTagChange />
      </div>
    </LexicalComposer>
  );
}

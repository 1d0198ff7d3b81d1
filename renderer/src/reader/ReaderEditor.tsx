// The source text as a read-only Lexical editor: one paragraph per block, passages as marks.
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import type { Block } from '../../../shared/model';
import type { PassageSpan } from '../../../shared/anchor/passageFragments';
import { READER_NODES } from './nodes';
import { readerTheme } from './theme';
import { DocumentContentPlugin } from './plugins/DocumentContentPlugin';
import { NativeCopyPlugin } from './plugins/NativeCopyPlugin';
import { OcrConfidencePlugin } from './plugins/OcrConfidencePlugin';
import { SelectionToPassagePlugin, type SelectedRange } from './plugins/SelectionToPassagePlugin';
import { ShiftArrowSelectionPlugin } from './plugins/ShiftArrowSelectionPlugin';

interface Props {
  label: string;
  blocks: readonly Block[];
  spans: readonly PassageSpan[];
  colours: ReadonlyMap<string, readonly string[]>;
  onSelection: (range: SelectedRange | null) => void;
}

const initialConfig = {
  namespace: 'glose-reader',
  editable: false,
  // Starts empty: DocumentContentPlugin draws the text (no placeholder paragraph to make and then remove).
  editorState: null,
  nodes: READER_NODES,
  theme: readerTheme,
  onError: (error: Error) => {
    throw error;
  },
};

export function ReaderEditor({ label, blocks, spans, colours, onSelection }: Props) {
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <RichTextPlugin
        contentEditable={<ContentEditable className="reader-text" aria-label={label} role="textbox" ariaMultiline tabIndex={0} />}
        ErrorBoundary={LexicalErrorBoundary}
      />
      {/* Before the text: its labeller is set when the paragraphs are drawn. */}
      <OcrConfidencePlugin />
      <DocumentContentPlugin blocks={blocks} spans={spans} colours={colours} />
      <SelectionToPassagePlugin onChange={onSelection} />
      <ShiftArrowSelectionPlugin />
      <NativeCopyPlugin />
    </LexicalComposer>
  );
}

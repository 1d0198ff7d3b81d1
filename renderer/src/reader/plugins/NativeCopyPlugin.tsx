// Ctrl+C in the read-only text copies what the browser shows selected, as the browser copies it (text and HTML).
// Lexical's own copy would rebuild the text from its model's selection, which the reader does not keep: each
// paragraph is one text node drawing its marks itself (see BlockTextNode), so only the DOM knows the offsets.
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_CRITICAL, COPY_COMMAND } from 'lexical';

export function NativeCopyPlugin() {
  const [editor] = useLexicalComposerContext();
  // Handled (true) without preventDefault: Lexical stands aside and the browser's copy goes ahead.
  useEffect(() => editor.registerCommand(COPY_COMMAND, () => true, COMMAND_PRIORITY_CRITICAL), [editor]);
  return null;
}

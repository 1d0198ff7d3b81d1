// Class names Lexical puts on the reader's nodes; the look itself is in ui/styles.css.
import type { EditorThemeClasses } from 'lexical';

export const readerTheme: EditorThemeClasses = {
  paragraph: 'reader-block',
  mark: 'passage-mark',
  markOverlap: 'passage-mark-overlap',
};

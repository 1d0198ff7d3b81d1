// A tagged passage (an "argument"), anchored as DESIGN.md §5 describes.

/** A point in the canonical text: a block and a UTF-16 offset inside its text. */
export interface BlockPoint {
  blockId: string;
  offset: number;
}

/** W3C Web Annotation TextQuoteSelector. */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C Web Annotation TextPositionSelector: offsets into the blocks' texts joined by `\n`. */
export interface TextPosition {
  start: number;
  end: number;
}

export interface Anchor {
  start: BlockPoint;
  end: BlockPoint;
  quote: TextQuote;
  position: TextPosition;
}

export type AnchorStatus = 'anchored' | 'drifted' | 'orphan';
export type PassageRole = 'claimant' | 'defence' | 'reasoning' | 'operative' | 'commentary';
export type Stance = 'accepted' | 'rejected' | 'undecided';

export interface Annotation {
  id: string;
  docId: string;
  tagIds: string[];
  anchor: Anchor;
  role?: PassageRole;
  stance?: Stance;
  /** Plain text of the note, kept beside its rich form for export, search and the hover tooltip. */
  note?: string;
  /** The note as the notes editor saved it: serialised Lexical editor state (JSON). */
  noteState?: string;
  status: AnchorStatus;
  /**
   * The passage's text before a new version of its document moved it (`drifted`): kept so the
   * review list can show what changed. Absent for passages never re-anchored.
   */
  previousExact?: string;
  createdAt: number;
  updatedAt: number;
}

// The document, its immutable blocks, and what an importer hands to the library.

export type DocumentKind = 'ruling' | 'article' | 'statute' | 'other';
export type SourceFormat = 'text' | 'markdown' | 'html' | 'docx' | 'odt' | 'pdf' | 'image';
/** What a ruling calls itself: the kind of decision, as its header prints it. */
export type DecisionKind = 'ordonnance' | 'decision' | 'arret' | 'jugement';
export type BlockType = 'heading' | 'paragraph' | 'listItem';
/** Where a block sits in a ruling; drives the default role of a passage. */
export type Section = 'header' | 'procedure' | 'arguments' | 'reasoning' | 'operative';

export interface GloseDocument {
  id: string;
  title: string;
  kind: DocumentKind;
  court?: string;
  formation?: string;
  /** ISO date of the decision, `YYYY-MM-DD`. */
  date?: string;
  caseNumber?: string;
  ecli?: string;
  parties?: string;
  /** Author of an article (HTML `meta[name=author]`, Markdown front matter); rulings have none. */
  author?: string;
  /** A ruling's kind of decision (`ordonnance`, `arrêt`…), from its header; cited by some styles. */
  decisionKind?: DecisionKind;
  /**
   * Where it is published: a ruling's mention in the reports (`Publié au recueil Lebon`, `Inédit
   * au recueil Lebon`, `Mentionné aux tables du recueil Lebon`), an article's journal or site.
   */
  publication?: string;
  /** Which version of the source this is: 1 at first import, +1 for each new version (see replaceDocumentVersion). */
  version?: number;
  /** Epoch milliseconds of the user's last correction of the metadata form; absent if never corrected. */
  metadataEditedAt?: number;
  sourceFileName: string;
  sourceFormat: SourceFormat;
  /** BCP 47 language of the text, e.g. `fr`. */
  language: string;
  wordCount: number;
  /** Epoch milliseconds. */
  importedAt: number;
  /** SHA-256 hex of the canonical text (blocks joined by `\n`). */
  contentHash: string;
  /** The dossiers (matters) the document belongs to; absent or empty means none. Indexed multi-entry (`*dossierIds`). */
  dossierIds?: string[];
  /** The user's note on the whole document, as plain text (for export and search). */
  note?: string;
  /** The same note as the notes editor saved it: serialised Lexical editor state (JSON). */
  noteState?: string;
}

export interface Block {
  id: string;
  docId: string;
  order: number;
  type: BlockType;
  /** NFC-normalised, never edited in place. */
  text: string;
  /** Heading level 1–6 when `type` is `heading`. */
  level?: number;
  /** The legal paragraph number as printed or inferred (`"7"`). */
  number?: string;
  section?: Section;
  /** The page of the source (PDF or scanned image) on which the block starts, from 1. */
  page?: number;
  /**
   * For text recognised by OCR: the recogniser's mean confidence over the block's characters,
   * 0–100. Absent for text read from a text layer or a text format.
   */
  ocrConfidence?: number;
}

/** A block before it belongs to a stored document. */
export type DraftBlock = Omit<Block, 'id' | 'docId' | 'order'>;

/** Metadata an importer or the legal pass could find; all optional, all editable later. */
export type DraftMeta = Partial<
  Pick<GloseDocument, 'title' | 'kind' | 'court' | 'formation' | 'date' | 'caseNumber' | 'ecli' | 'parties' | 'author' | 'language' | 'decisionKind' | 'publication'>
>;

/** What a format importer returns: no ids yet, nothing stored. */
export interface ImportedDocument {
  meta: DraftMeta;
  blocks: DraftBlock[];
  sourceFormat: SourceFormat;
}

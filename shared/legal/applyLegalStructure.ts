// The legal pass: paragraph numbers, then sections, then metadata, merged with what the importer found.
import type { DraftMeta, ImportedDocument } from '../model';
import { detectArticleMetadata } from './articleMetadata';
import { detectMetadata } from './metadata';
import { detectParagraphNumbers } from './paragraphNumbers';
import { detectSections } from './sections';

/**
 * Runs the legal pass on an imported document and returns a new one. What the importer read
 * from the file (an HTML `<title>`, front matter) wins over what the pass guessed from the
 * text, except `kind`: a page that calls itself an article but prints a court, an ECLI and a
 * `Vu` is a ruling. Without any hint, text files are `other`, Markdown and HTML `article`.
 */
export function applyLegalStructure(imported: ImportedDocument): ImportedDocument {
  // A first look at the header (no sections yet) tells whether list items can be legal points.
  const looksLikeRuling = detectMetadata(imported.blocks).kind === 'ruling';
  const numbered = detectParagraphNumbers(imported.blocks, { listItems: looksLikeRuling });
  const blocks = detectSections(numbered);
  const guessed = detectMetadata(blocks);
  const meta: DraftMeta = { ...guessed, ...definedOnly(imported.meta) };
  meta.kind = guessed.kind ?? imported.meta.kind ?? (imported.sourceFormat === 'text' ? 'other' : 'article');
  // A ruling's publication is its Lebon or Bulletin mention, not the site it was saved from.
  if (meta.kind === 'ruling') {
    if (guessed.publication) meta.publication = guessed.publication;
    else delete meta.publication;
  } else {
    // An article's byline and date, from its first lines when the file's markup said nothing.
    for (const [key, value] of Object.entries(detectArticleMetadata(blocks)) as [keyof DraftMeta, string][]) {
      if (!meta[key]) Object.assign(meta, { [key]: value });
    }
  }
  return { ...imported, meta, blocks };
}

function definedOnly(meta: DraftMeta): DraftMeta {
  return Object.fromEntries(Object.entries(meta).filter(([, value]) => value !== undefined && value !== '')) as DraftMeta;
}

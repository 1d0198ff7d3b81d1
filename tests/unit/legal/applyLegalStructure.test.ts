// The legal pass as a whole: numbers, sections and metadata, merged with what the importer read.
import { describe, expect, it } from 'vitest';
import { applyLegalStructure, fold } from '../../../shared/legal';
import type { DraftBlock, ImportedDocument } from '../../../shared/model';

const paragraphs = (...texts: string[]): DraftBlock[] => texts.map((text) => ({ type: 'paragraph', text }));
const RULING = paragraphs(
  "Conseil d'État",
  'N° 503163',
  'Juge des référés',
  'Lecture du vendredi 25 avril 2025',
  'Vu la procédure suivante :',
  'Ils soutiennent que :',
  'Considérant ce qui suit :',
  '1. Aux termes de l’article L. 521-1 du code de justice administrative, le juge peut suspendre la décision.',
  'O R D O N N E :',
  'Article 1er : La requête est rejetée.',
);

describe('applyLegalStructure', () => {
  it('numbers, sections and identifies a ruling without touching the input', () => {
    const input: ImportedDocument = { meta: {}, blocks: RULING, sourceFormat: 'text' };
    const snapshot = structuredClone(input);
    const result = applyLegalStructure(input);
    expect(input).toEqual(snapshot);
    expect(result.meta).toMatchObject({ kind: 'ruling', title: "Conseil d'État, juge des référés, 25 avril 2025, n° 503163" });
    expect(result.blocks.map((block) => block.section)).toEqual([
      'header',
      'header',
      'header',
      'header',
      'procedure',
      'arguments',
      'reasoning',
      'reasoning',
      'operative',
      'operative',
    ]);
    expect(result.blocks[7]?.number).toBe('1');
    expect(result.blocks.map((block) => block.text)).toEqual(RULING.map((block) => block.text));
  });

  it('lets what the file says win over the guesses, except the kind', () => {
    const result = applyLegalStructure({
      meta: { title: 'Ordonnance HDH', kind: 'article', language: 'fr', date: '2025-04-28', author: '' },
      blocks: RULING,
      sourceFormat: 'html',
    });
    expect(result.meta).toMatchObject({ title: 'Ordonnance HDH', kind: 'ruling', date: '2025-04-28', court: "Conseil d'État" });
    expect(result.meta).not.toHaveProperty('author');
  });

  it('numbers a Markdown ruling’s ordered list, but not an article’s', () => {
    const points: DraftBlock[] = [
      { type: 'listItem', text: '1. Aux termes de l’article L. 521-1…' },
      { type: 'listItem', text: '2. Il résulte de l’instruction…' },
    ];
    const ruling = applyLegalStructure({ meta: {}, blocks: [...RULING.slice(0, 5), ...points], sourceFormat: 'markdown' });
    expect(ruling.blocks.slice(-2).map((block) => block.number)).toEqual(['1', '2']);
    const article = applyLegalStructure({ meta: {}, blocks: [...paragraphs('Trois points à retenir :'), ...points], sourceFormat: 'markdown' });
    expect(article.blocks.map((block) => block.number)).toEqual([undefined, undefined, undefined]);
    expect(article.meta.kind).toBe('article');
  });

  it('calls unidentified texts other, and unidentified pages and Markdown articles', () => {
    const note = paragraphs('Une note de lecture sans tribunal ni date.');
    expect(applyLegalStructure({ meta: {}, blocks: note, sourceFormat: 'text' }).meta.kind).toBe('other');
    expect(applyLegalStructure({ meta: {}, blocks: note, sourceFormat: 'html' }).meta.kind).toBe('article');
    expect(applyLegalStructure({ meta: {}, blocks: note, sourceFormat: 'markdown' }).meta.kind).toBe('article');
  });
});

describe('fold', () => {
  it('folds case, accents, apostrophes and spaces, keeping every index in place', () => {
    const text = 'CONSEIL D’ÉTAT\u00A0: Œuvre 𝐀';
    expect(fold(text)).toBe("conseil d'etat : œuvre 𝐀");
    expect(fold(text)).toHaveLength(text.length);
  });
});

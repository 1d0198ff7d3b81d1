// What the comparison says about a side it cannot compare: gone from the library, or without any text.
import { describe, expect, it } from 'vitest';
import { translate } from '../../../../shared/i18n';
import type { Block, GloseDocument } from '../../../../shared/model';
import { sameCitation, sideProblem } from '../../../../renderer/src/compare/sideProblem';

const fr = (key: Parameters<typeof translate>[1], vars?: Record<string, string>) => translate('fr', key, vars);
const doc = { id: 'd', title: 'CE, 2025' } as GloseDocument;
const block = (text: string): Block => ({ id: text, docId: 'd', order: 0, type: 'paragraph', text });

describe('sideProblem', () => {
  it('says a missing document is gone from the library', () => {
    expect(sideProblem({ document: null, blocks: undefined, passages: [] }, 'B', fr)).toBe('Le document B n’est plus dans la bibliothèque. Choisissez-en un autre.');
  });
  it('says a document without text has nothing to compare, blank paragraphs included', () => {
    expect(sideProblem({ document: doc, blocks: [], passages: [] }, 'A', fr)).toContain('Le document A (« CE, 2025 ») n’a aucun texte à comparer');
    expect(sideProblem({ document: doc, blocks: [block('  '), block('')], passages: [] }, 'A', fr)).toContain('n’a aucun texte');
  });
  it('has nothing to say while loading or when there is text', () => {
    expect(sideProblem({ document: undefined, blocks: undefined, passages: [] }, 'A', fr)).toBeNull();
    expect(sideProblem({ document: doc, blocks: [block('1. Texte.')], passages: [] }, 'A', fr)).toBeNull();
  });
});

describe('sameCitation', () => {
  it('knows a citation that only abbreviates the title', () => {
    expect(sameCitation("Conseil d'État, juge des référés, 12 mars 2024, n° 491644", 'CE, juge des référés, 12 mars 2024, n° 491644')).toBe(true);
    expect(sameCitation("Conseil d'État, juge des référés, 12 mars 2024, n° 491644", 'CE, juge des référés, 12 March 2024, No 491644')).toBe(false);
  });
});
